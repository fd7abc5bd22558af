// fixed_text converts to std::string only explicitly.
// expect: conversion from 'sipcodes::fixed_text' to non-scalar type 'std::string' .*requested
// expect: no viable conversion from '(sipcodes::)?fixed_text' to 'std::string'
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
