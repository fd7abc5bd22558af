// Uses the header's functions with run-time arguments, so that any static
// initialiser the header could bring is in this object; check_codegen.cmake
// looks for .init_array and .ctors sections.
#include <sipcodes/sipcodes.hpp>

#include <cstddef>

std::size_t use_everything(int code, const char* text, std::size_t size, char* out, std::size_t capacity) {
  const std::string_view input(text, size);
  std::size_t sum = sipcodes::reason_phrase(code).size() + sipcodes::description(code, sipcodes::language::tr).size();
  if (const sipcodes::status_info* row = sipcodes::find(code)) sum += row->name.size() + row->aliases.size();
  sum += sipcodes::q850_cause_name(code).size();
  sum += static_cast<std::size_t>(sipcodes::fallback(code) + sipcodes::to_q850_cause(code) +
                                  sipcodes::from_q850_cause(code));
  sum += sipcodes::from_reason(input).has_value() ? 1U : 0U;
  sum += sipcodes::parse_status_line(input).line.reason.size();
  sum += sipcodes::parse_reason(input).value.text.size();
  sum += sipcodes::write_status_line(out, capacity, code, input);
  sum += sipcodes::header_rules(code).size() + (sipcodes::allows_retry_after(code) ? 1U : 0U);
  return sum;
}
