// Tests of TimeRecognizer (extract/time.cc).
#include <gtest/gtest.h>

#include "extract/extract.h"
