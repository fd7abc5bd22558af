// Uses the headers' functions with run-time arguments, so that any static
// initialiser the headers could bring is in this object; check_codegen.cmake
// looks for .init_array and .ctors sections, and benchmarks/report.sh sizes
// the tables it holds.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <cstddef>

std::size_t use_everything(int code, const char* text, std::size_t size, char* first, char* last) {
  const std::string_view input(text, size);
  std::size_t sum = sipcodes::reason_phrase(code).size() + sipcodes::description(code, sipcodes::lang::tr).size();
  if (const sipcodes::status_info* row = sipcodes::find(code)) sum += row->name.size() + row->aliases().size();
  sum += sipcodes::q850_cause_name(code).size();
  sum += static_cast<std::size_t>(sipcodes::to_q850_cause(code).value_or(0));
  sum += static_cast<std::size_t>(sipcodes::fallback(code).value_or(sipcodes::status{}));
  sum += static_cast<std::size_t>(sipcodes::from_q850_cause(code).value_or(sipcodes::status{}));
  sum += sipcodes::from_reason(input).has_value() ? 1U : 0U;
  sum += sipcodes::parse_status_line(input).value.reason.size();
  sum += sipcodes::parse_reason(input).value.text.size();
  sum += static_cast<std::size_t>(sipcodes::write_status_line(first, last, code, input).end - first);
  sum += sipcodes::header_rules(code).size() + (sipcodes::allows_retry_after(code) ? 1U : 0U);
  return sum;
}
