// Intentionally empty: the target only exports the header `FuzzDriver.h`.
#include "FuzzDriver.h"
