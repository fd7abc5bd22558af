// The other direction of the interop tests: a small SIP client that sends
// requests to SIPp's built-in `uas` scenario and reads SIPp's responses with
// sipcodes::parse_status_line, each whole datagram as it arrives.
//
//   interop_client free-port     print a free UDP port on 127.0.0.1
//   interop_client uas PORT      INVITE, expect 180 Ringing and 200 OK, ACK,
//                                BYE, expect 200 OK; exit 0 when all held
//   interop_client burst PORT N  N OPTIONS at once; prints how many were answered
//   interop_client amplification PORT
//                                one request of each kind; prints the bytes
//                                sent, the bytes answered and their ratio
//   interop_client torture PORT DIR
//                                each message of DIR/outcomes.tsv (RFC 4475's
//                                torture tests) as one datagram; checks the
//                                responses against the table and the form of
//                                a SIP response, which sofia-sip's parser must
//                                take too where it is built in; then that an
//                                OPTIONS asking for rport still gets 200
//   interop_client too-large PORT
//                                a request of 64 KB whose answer (a 420 that
//                                lists its Require) does not fit a datagram;
//                                expects the 513 that stands in
//   interop_client pingpong PORT N METHOD
//                                N requests (OPTIONS or INVITE), each sent when
//                                the last was answered with a final response;
//                                prints how many were answered and the time
#include <sipcodes/sipcodes.hpp>

#if SIPCODES_INTEROP_SOFIA
#include <sofia-sip/msg.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_util.h>
#endif

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

int open_socket(sockaddr_in& local) {
  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  local = {};
  local.sin_family = AF_INET;
  local.sin_port = 0;
  inet_pton(AF_INET, "127.0.0.1", &local.sin_addr);
  if (fd < 0 || bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) return -1;
  const int receive_buffer = 4 << 20;  // for bursts; the kernel caps it
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
  socklen_t length = sizeof local;
  getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
  return fd;
}

// The value of a header field of a message, or "" (names compared exactly).
std::string header(std::string_view message, std::string_view name) {
  const std::string key = "\r\n" + std::string(name) + ":";
  const std::size_t at = message.find(key);
  if (at == std::string_view::npos) return {};
  std::string_view value = message.substr(at + key.size());
  value = value.substr(0, value.find("\r\n"));
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  return std::string(value);
}

struct client {
  int fd = -1;
  sockaddr_in local{};
  sockaddr_in peer{};
  std::string local_address;

  bool send(const std::string& message) const {
    return sendto(fd, message.data(), message.size(), 0, reinterpret_cast<const sockaddr*>(&peer), sizeof peer) ==
           static_cast<ssize_t>(message.size());
  }

  // The next datagram, or "" after five seconds without one.
  std::string receive() const {
    pollfd waiting{fd, POLLIN, 0};
    if (poll(&waiting, 1, 5000) <= 0) return {};
    char buffer[65536];
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
  }

  std::string request(std::string_view method, int cseq, const std::string& to, const std::string& branch) const {
    return std::string(method) + " sip:service@127.0.0.1:" + std::to_string(ntohs(peer.sin_port)) +
           " SIP/2.0\r\nVia: SIP/2.0/UDP " + local_address + ";branch=z9hG4bK-sipcodes-" + branch +
           "\r\nFrom: <sip:client@" + local_address + ">;tag=sipcodes1\r\nTo: " + to +
           "\r\nCall-ID: interop-client@sipcodes\r\nCSeq: " + std::to_string(cseq) + " " + std::string(method) +
           "\r\nContact: <sip:client@" + local_address + ">\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
  }
};

client connect_to(int port) {
  client c;
  c.fd = open_socket(c.local);
  c.local_address = "127.0.0.1:" + std::to_string(ntohs(c.local.sin_port));
  c.peer.sin_family = AF_INET;
  c.peer.sin_port = htons(static_cast<std::uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &c.peer.sin_addr);
  return c;
}

// Reads responses until one for `cseq_method` with a final code arrives;
// parses each with sipcodes, the whole datagram as it came, and prints its
// status line. Returns the final one.
std::string await_final(const client& c, std::string_view cseq_method, bool& saw_ringing) {
  while (true) {
    const std::string message = c.receive();
    if (message.empty()) return {};
    const auto parsed = sipcodes::parse_status_line(message);
    std::cout << "received: " << std::string_view(message).substr(0, message.find_first_of("\r\n")) << "  -> "
              << sipcodes::to_string(parsed.error) << ", code " << static_cast<int>(parsed.value.code) << ", reason \""
              << parsed.value.reason << "\", then " << parsed.value.rest.size() << " bytes of header fields and body\n";
    // The header fields follow the status line: SIPp's responses have some.
    if (!parsed || parsed.value.rest.empty()) return {};
    if (header(message, "CSeq").find(cseq_method) == std::string::npos) continue;
    if (parsed.value.code == sipcodes::status::ringing && parsed.value.reason == "Ringing") saw_ringing = true;
    if (sipcodes::is_final(parsed.value.code)) return message;
  }
}

int uas_call(int port) {
  const client c = connect_to(port);
  if (c.fd < 0) return 1;

  const std::string to = "<sip:service@127.0.0.1:" + std::to_string(port) + ">";
  bool saw_ringing = false;
  if (!c.send(c.request("INVITE", 1, to, "1"))) return 1;
  const std::string ok = await_final(c, "INVITE", saw_ringing);
  const auto ok_line = sipcodes::parse_status_line(ok);
  if (!saw_ringing || !ok_line || ok_line.value.code != sipcodes::status::ok || ok_line.value.reason != "OK") {
    std::cout << "FAIL: expected 180 Ringing and 200 OK to the INVITE\n";
    return 1;
  }
  const std::string to_with_tag = header(ok, "To");
  if (!c.send(c.request("ACK", 1, to_with_tag, "2")) || !c.send(c.request("BYE", 2, to_with_tag, "3"))) return 1;
  bool unused = false;
  const std::string bye_ok = await_final(c, "BYE", unused);
  const auto bye_line = sipcodes::parse_status_line(bye_ok);
  if (!bye_line || bye_line.value.code != sipcodes::status::ok || bye_line.value.reason != "OK") {
    std::cout << "FAIL: expected 200 OK to the BYE\n";
    return 1;
  }
  std::cout << "OK: SIPp's uas answered 180 Ringing and 200 OK, then 200 OK to BYE\n";
  close(c.fd);
  return 0;
}

// The datagrams that arrive until `quiet_ms` pass without one.
std::vector<std::string> drain(const client& c, int quiet_ms) {
  std::vector<std::string> received;
  while (true) {
    pollfd waiting{c.fd, POLLIN, 0};
    if (poll(&waiting, 1, quiet_ms) <= 0) return received;
    char buffer[65536];
    const ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
    if (n > 0) received.emplace_back(buffer, static_cast<std::size_t>(n));
  }
}

int burst(int port, int count) {
  const client c = connect_to(port);
  if (c.fd < 0) return 1;
  for (int i = 0; i < count; ++i) {
    const std::string options = "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP " + c.local_address +
                                ";branch=z9hG4bK-burst-" + std::to_string(i) +
                                "\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: burst-" + std::to_string(i) +
                                "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    if (!c.send(options)) return 1;
  }
  std::cout << "sent " << count << " answered " << drain(c, 1000).size() << '\n';
  close(c.fd);
  return 0;
}

// The smallest requests of each kind the responder answers, as a reflection
// attack would send them: compact header names, LF line ends, short values.
int amplification(int port) {
  struct kind {
    const char* name;
    std::string request;
  };
  const std::string head = " sip:a SIP/2.0\nv:SIP/2.0/UDP h\nf:sip:a\nt:sip:b\ni:c\nCSeq:1 ";
  // The worst cases: the least a 400 answers (a method, a Via, nothing
  // else), and INVITEs as large as a datagram, whose 100 and final response
  // each copy its Via values: in one field, one to a line (each line gets
  // CRLF and a space), and one Via with thousands of empty rport parameters
  // (only the first gets the port).
  std::string vias = "a/b/c h";
  while (vias.size() < 60000) vias += ",a/b/c h";
  std::string via_lines;
  for (int i = 0; i < 5300; ++i) via_lines += "v:a/b/c h\n";
  std::string rports = "a/b/c h";
  while (rports.size() < 60000) rports += ";rport";
  const kind kinds[] = {
      {"INVITE", "INVITE" + head + "INVITE\n\n"},
      {"OPTIONS", "OPTIONS" + head + "OPTIONS\n\n"},
      {"BYE", "BYE" + head + "BYE\n\n"},
      {"CANCEL", "CANCEL" + head + "CANCEL\n\n"},
      {"unknown method", "FOO" + head + "FOO\n\n"},
      {"malformed (400)", "BYE" + head + "FOO\n\n"},
      {"ACK", "ACK" + head + "ACK\n\n"},
      {"least 400", "x\nv:a/b/c h"},
      {"INVITE, 60 KB",
       "INVITE" + head.substr(0, head.find("v:") + 2) + vias + "\nf:sip:a\nt:sip:b\ni:c\nCSeq:1 INVITE\n\n"},
      {"INVITE, Via lines", "INVITE sip:a SIP/2.0\n" + via_lines + "f:sip:a\nt:sip:b\ni:c\nCSeq:1 INVITE\n\n"},
      {"INVITE, rports",
       "INVITE" + head.substr(0, head.find("v:") + 2) + rports + "\nf:sip:a\nt:sip:b\ni:c\nCSeq:1 INVITE\n\n"},
  };
  std::cout << "request kind      sent  answers  bytes back  factor\n";
  bool ok = true;
  for (const kind& k : kinds) {
    const client c = connect_to(port);
    if (c.fd < 0 || !c.send(k.request)) return 1;
    std::size_t back = 0;
    const std::vector<std::string> answers = drain(c, 300);
    for (const std::string& a : answers) back += a.size();
    const double factor = static_cast<double>(back) / static_cast<double>(k.request.size());
    std::printf("%-17s %5zu  %7zu  %10zu  %6.3fx\n", k.name, k.request.size(), answers.size(), back, factor);
    ok = ok && (std::string_view(k.name) == "ACK" ? answers.empty() : !answers.empty());
    close(c.fd);
  }
  return ok ? 0 : 1;
}

// Every run of white space (folds included) as one space, none at the ends.
std::string collapsed(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// The header fields of a message, each as its name and value with their
// folds collapsed, in order, up to the empty line.
std::vector<std::pair<std::string, std::string>> header_fields(std::string_view message) {
  std::vector<std::pair<std::string, std::string>> fields;
  std::size_t at = message.find('\n');
  while (at != std::string_view::npos && at + 1 < message.size()) {
    std::size_t end = at + 1;
    while (true) {  // a line and the lines that continue it
      end = message.find('\n', end);
      if (end == std::string_view::npos || end + 1 >= message.size() ||
          (message[end + 1] != ' ' && message[end + 1] != '\t')) {
        break;
      }
      ++end;
    }
    const std::string_view line = message.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
    if (line.empty() || line == "\r") break;
    at = end;
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos)
      fields.emplace_back(collapsed(line.substr(0, colon)), collapsed(line.substr(colon + 1)));
  }
  return fields;
}

// True when a header field name is `name` or `compact`, compared without case.
bool named(std::string_view field, std::string_view name, std::string_view compact) {
  const auto same = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
        return false;
    }
    return true;
  };
  return same(field, name) || same(field, compact);
}

// The first value of a header field of a request, its folds collapsed; the
// name compared without case, compact forms included. "" when absent.
std::string first_value(std::string_view message, std::string_view name, std::string_view compact) {
  for (const auto& [field, value] : header_fields(message)) {
    if (named(field, name, compact)) return value;
  }
  return {};
}

// Every value of the header fields of a message with the name (or its
// compact form), in order: each field split at the commas outside quoted
// strings.
std::vector<std::string> all_values(std::string_view message, std::string_view name, std::string_view compact) {
  std::vector<std::string> values;
  for (const auto& [field, value] : header_fields(message)) {
    if (!named(field, name, compact)) continue;
    bool quoted = false;
    std::string piece;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const char c = value[i];
      if (quoted && c == '\\' && i + 1 < value.size()) {
        piece += c;
        piece += value[++i];
        continue;
      }
      if (c == '"') quoted = !quoted;
      if (c == ',' && !quoted) {
        values.push_back(collapsed(piece));
        piece.clear();
      } else {
        piece += c;
      }
    }
    values.push_back(collapsed(piece));
  }
  return values;
}

#if SIPCODES_INTEROP_SOFIA
// What sofia-sip's parser finds wrong with a response, "" when it takes it:
// it parses with no header field in error and passes sip_sanity_check (a
// status line, Via, From, To, Call-ID and CSeq, each well-formed).
std::string sofia_problem(std::string_view response, int code) {
  msg_t* msg = msg_make(sip_default_mclass(), 0, response.data(), static_cast<isize_t>(response.size()));
  if (msg == nullptr) return "sofia-sip cannot parse it";
  const sip_t* sip = sip_object(msg);
  std::string problem;
  if (sip == nullptr || sip_sanity_check(sip) < 0) {
    problem = "sofia-sip's sip_sanity_check refuses it";
  } else if (sip->sip_error != nullptr) {
    problem = "sofia-sip finds a header field in error: " +
              std::string(sip->sip_error->er_name ? sip->sip_error->er_name : "");
  } else if (code >= 200 && sip->sip_to->a_tag == nullptr) {
    problem = "sofia-sip finds no To tag";
  }
  msg_destroy(msg);
  return problem;
}

// Whether sofia-sip can read what a response copies from `request`. RFC
// 4475's "intmeth" (section 3.1.1.2), valid, has a NUL quoted-pair in To and
// a CSeq method of token characters that sofia-sip's parser takes for
// malformed; RFC 3261 section 8.2.6.2 has them copied as they came.
bool sofia_reads(std::string_view request) {
  return request.find("CSeq: 139122385 !interesting-Method0123456789_*+`.%indeed'~") == std::string_view::npos;
}
#endif

// What is wrong with a response the responder sent to `request`, "" when
// nothing: a status line sipcodes parses with the expected code; lines ended
// by CRLF, the header fields by one empty line at the end; the Via values as
// they came (those of a request refused with 400: the well-formed start of
// each), the top one with received=127.0.0.1 added; From, To (with a tag on
// a final response), Call-ID and CSeq (copied when well-formed), each once;
// Content-Length 0; and sofia-sip's parser takes it where it is built in.
// `port` is the client's, which an empty rport in the top Via gets.
std::string check_response(std::string_view response, std::string_view request, int expected, int port) {
  const std::size_t first_end = response.find("\r\n");
  if (first_end == std::string_view::npos) return "no line end";
  const auto status = sipcodes::parse_status_line(response.substr(0, first_end + 2));
  if (!status) return "status line: " + std::string(sipcodes::to_string(status.error));
  if (static_cast<int>(status.value.code) != expected)
    return "code " + std::to_string(static_cast<int>(status.value.code));
  if (response.find("\r\n\r\n") + 4 != response.size()) return "not one empty line at the end";
  for (std::size_t i = 0; i < response.size(); ++i) {
    if (response[i] == '\r' && (i + 1 == response.size() || response[i + 1] != '\n')) return "a bare CR";
    if (response[i] == '\n' && (i == 0 || response[i - 1] != '\r')) return "a bare LF";
  }
  if (response.find("\r\nContent-Length: 0\r\n") == std::string_view::npos) return "no Content-Length: 0";
  std::vector<std::string> vias = all_values(response, "Via", "v");
  const std::vector<std::string> request_vias = all_values(request, "Via", "v");
  const std::string received = ";received=127.0.0.1";
  if (vias.empty() || vias[0].size() < received.size() ||
      vias[0].compare(vias[0].size() - received.size(), received.size(), received) != 0) {
    return "no received=127.0.0.1 in the top Via";
  }
  vias[0].resize(vias[0].size() - received.size());
  std::vector<std::string> expected_vias = request_vias;
  if (!expected_vias.empty()) {  // RFC 3581: an empty rport gets the source port
    std::string& top = expected_vias[0];
    const std::size_t rport = (top + ";").find(";rport;");
    if (rport != std::string::npos) top.insert(rport + 6, "=" + std::to_string(port));
  }
  if (expected != 400 && vias != expected_vias) return "the Via values are not those of the request";
  if (expected_vias.empty() || expected_vias[0].compare(0, vias[0].size(), vias[0]) != 0) return "Via " + vias[0];
  for (std::string_view name : {"From", "To", "Call-ID", "CSeq"}) {
    if (all_values(response, name, name).empty() ||
        response.find("\r\n" + std::string(name) + ":") != response.rfind("\r\n" + std::string(name) + ":")) {
      return "not one " + std::string(name);
    }
  }
  const std::string to = header(response, "To");
  std::string to_bare = to;  // blanks left out: ";tag=" however it is spaced
  to_bare.erase(std::remove(to_bare.begin(), to_bare.end(), ' '), to_bare.end());
  if (expected >= 200 && to_bare.find(";tag=") == std::string::npos) return "To " + to;
  if (expected != 400 && collapsed(header(response, "CSeq")) != first_value(request, "CSeq", "CSeq"))
    return "CSeq " + header(response, "CSeq");
#if SIPCODES_INTEROP_SOFIA
  if (std::string problem = sofia_problem(response, expected); !problem.empty() && sofia_reads(request)) {
    return problem;
  }
#endif
  return {};
}

int torture(int port, const std::string& dir) {
  std::ifstream table(dir + "/outcomes.tsv");
  if (!table) return 1;
  int messages = 0;
  int failed = 0;
  std::string row;
  while (std::getline(table, row)) {
    if (row.empty() || row[0] == '#') continue;
    std::istringstream fields(row);
    std::string name, section, expects, codes;
    std::getline(fields, name, '\t');
    std::getline(fields, section, '\t');
    std::getline(fields, expects, '\t');
    std::getline(fields, codes, '\t');
    std::ifstream file(dir + "/" + name + ".dat", std::ios::binary);
    const std::string request{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    std::vector<int> expected;
    std::istringstream code_list(codes == "-" ? "" : codes);
    for (int code = 0; code_list >> code;) expected.push_back(code);

    const client c = connect_to(port);
    if (c.fd < 0 || request.empty() || !c.send(request)) return 1;
    const std::vector<std::string> answers = drain(c, 200);
    close(c.fd);
    std::string got;
    std::string problem = answers.size() == expected.size() ? "" : "expected " + codes;
    for (std::size_t i = 0; i < answers.size(); ++i) {
      const std::string_view line = std::string_view(answers[i]).substr(0, answers[i].find("\r\n"));
      got += (got.empty() ? "" : " ") + std::string(line.substr(8, 3));
      if (problem.empty()) problem = check_response(answers[i], request, expected[i], ntohs(c.local.sin_port));
    }
    std::printf("%-11s %-9s %-8s %-8s %s\n", name.c_str(), section.c_str(), codes.c_str(),
                got.empty() ? "-" : got.c_str(), problem.empty() ? "ok" : ("FAIL: " + problem).c_str());
    ++messages;
    failed += problem.empty() ? 0 : 1;
  }
  // Still up: an ordinary OPTIONS gets 200, its top Via with the source
  // port as rport (RFC 3581) and the source address as received.
  const client c = connect_to(port);
  const std::string options =
      "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP client.example.com;rport;branch=z9hG4bK-alive\r\n"
      "From: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\n"
      "Call-ID: alive\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
  const std::string ok = c.fd >= 0 && c.send(options) ? c.receive() : "";
  const bool alive = ok.compare(0, 15, "SIP/2.0 200 OK\r") == 0;
  const std::string via = header(ok, "Via");
  const std::string expected_via = "SIP/2.0/UDP client.example.com;rport=" + std::to_string(ntohs(c.local.sin_port)) +
                                   ";branch=z9hG4bK-alive;received=127.0.0.1";
  std::printf("%d messages, %d not as expected; the responder %s; top Via of its 200: %s (%s)\n", messages, failed,
              alive ? "answers OPTIONS after them" : "does NOT answer any more", via.c_str(),
              via == expected_via ? "ok" : ("FAIL: expected " + expected_via).c_str());
#if SIPCODES_INTEROP_SOFIA
  std::printf("each response was parsed by sofia-sip too\n");
#else
  std::printf("sofia-sip is not built in: the responses were not parsed by it\n");
#endif
  return messages == 50 && failed == 0 && alive && via == expected_via ? 0 : 1;
}

// A request that fits a datagram, whose answer does not: a 420 that lists
// the Require option-tags again in Unsupported. A brief 513 stands in.
int too_large(int port) {
  const client c = connect_to(port);
  if (c.fd < 0) return 1;
  const std::string head = "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP " + c.local_address +
                           ";branch=z9hG4bK-large\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: large\r\n"
                           "CSeq: 1 OPTIONS\r\nRequire: ";
  const std::string tail = "\r\nContent-Length: 0\r\n\r\n";
  std::string tags = "a";  // option-tags up to 65,480 bytes of request in all
  while (head.size() + tags.size() + tail.size() < 65480) tags += ",a";
  const std::string request = head + tags + tail;
  if (request.size() > 65507 || !c.send(request)) return 1;
  const std::string answer = c.receive();
  std::printf("sent %zu bytes, received %zu: %s\n", request.size(), answer.size(),
              answer.substr(0, answer.find("\r\n")).c_str());
  close(c.fd);
  return answer.compare(0, 31, "SIP/2.0 513 Message Too Large\r\n") == 0 ? 0 : 1;
}

// One request at a time, the next once the final response to the last has
// come: the responder's work per request, without queueing in the sockets.
int pingpong(int port, int count, std::string_view method) {
  const client c = connect_to(port);
  if (c.fd < 0 || (method != "OPTIONS" && method != "INVITE")) return 1;
  const auto start = std::chrono::steady_clock::now();
  int answered = 0;
  for (int i = 0; i < count; ++i) {
    const std::string request =
        std::string(method) + " sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP " + c.local_address + ";branch=z9hG4bK-ping-" +
        std::to_string(i) + "\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: ping-" + std::to_string(i) +
        "\r\nCSeq: 1 " + std::string(method) + "\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
    if (!c.send(request)) return 1;
    while (true) {
      const std::string response = c.receive();
      if (response.empty()) break;  // lost: go on with the next
      if (response.compare(0, 9, "SIP/2.0 1") != 0) {
        ++answered;
        break;
      }
    }
  }
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::printf("sent %d answered %d in %.2f s\n", count, answered, elapsed.count());
  close(c.fd);
  return answered == count ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view command = argc > 1 ? argv[1] : "";
  if (command == "free-port") {
    sockaddr_in local{};
    const int fd = open_socket(local);
    if (fd < 0) return 1;
    std::cout << ntohs(local.sin_port) << '\n';
    close(fd);
    return 0;
  }
  if (command == "uas" && argc == 3) return uas_call(std::atoi(argv[2]));
  if (command == "burst" && argc == 4) return burst(std::atoi(argv[2]), std::atoi(argv[3]));
  if (command == "amplification" && argc == 3) return amplification(std::atoi(argv[2]));
  if (command == "torture" && argc == 4) return torture(std::atoi(argv[2]), argv[3]);
  if (command == "too-large" && argc == 3) return too_large(std::atoi(argv[2]));
  if (command == "pingpong" && argc == 5) return pingpong(std::atoi(argv[2]), std::atoi(argv[3]), argv[4]);
  std::cerr
      << "usage: interop_client free-port | uas PORT | burst PORT N | amplification PORT | torture PORT DIR | too-large PORT"
         " | pingpong PORT N METHOD\n";
  return 2;
}
