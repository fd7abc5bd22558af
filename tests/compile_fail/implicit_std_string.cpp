// fixed_text converts to std::string only explicitly.
// expect: conversion from|no viable conversion
#include <sipcodes/sipcodes.hpp>

#include <string>

std::string use() {
#ifdef SIPCODES_COMPILE_FAIL
  std::string s = sipcodes::format_status(sipcodes::status::ok);
#else
  std::string s(sipcodes::format_status(sipcodes::status::ok));
#endif
  return s;
}
