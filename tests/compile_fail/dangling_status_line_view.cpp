// A string_view initialised from a temporary status line would dangle.
// expect: use of deleted function 'sipcodes::fixed_text::operator std::string_view\(\) const &&'
// expect: conversion function from '(sipcodes::)?fixed_text' to 'std::string_view' .*invokes a deleted function
#include <sipcodes/sipcodes.hpp>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  std::string_view v = sipcodes::make_status_line(sipcodes::status::ok);
#else
  const sipcodes::fixed_text line = sipcodes::make_status_line(sipcodes::status::ok);
  std::string_view v = line;
#endif
  return v.size();
}
