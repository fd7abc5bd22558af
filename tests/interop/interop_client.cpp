// The other direction of the interop tests: a small SIP client that sends
// requests to SIPp's built-in `uas` scenario and reads SIPp's responses with
// sipcodes::parse_status_line.
//
//   interop_client free-port     print a free UDP port on 127.0.0.1
//   interop_client uas PORT      INVITE, expect 180 Ringing and 200 OK, ACK,
//                                BYE, expect 200 OK; exit 0 when all held
//   interop_client burst PORT N  N OPTIONS at once; prints how many were answered
//   interop_client amplification PORT
//                                one request of each kind; prints the bytes
//                                sent, the bytes answered and their ratio
#include <sipcodes/sipcodes.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
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
// parses each status line with sipcodes and prints it. Returns the final one.
std::string await_final(const client& c, std::string_view cseq_method, bool& saw_ringing) {
  while (true) {
    const std::string message = c.receive();
    if (message.empty()) return {};
    const std::string_view line = std::string_view(message).substr(0, message.find("\r\n") + 2);
    const auto parsed = sipcodes::parse_status_line(line);
    std::cout << "received: " << line.substr(0, line.size() - 2) << "  -> " << sipcodes::to_string(parsed.error)
              << ", code " << static_cast<int>(parsed.value.code) << ", reason \"" << parsed.value.reason << "\"\n";
    if (!parsed) return {};
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
  const auto ok_line = sipcodes::parse_status_line(std::string_view(ok).substr(0, ok.find("\r\n")));
  if (!saw_ringing || !ok_line || ok_line.value.code != sipcodes::status::ok || ok_line.value.reason != "OK") {
    std::cout << "FAIL: expected 180 Ringing and 200 OK to the INVITE\n";
    return 1;
  }
  const std::string to_with_tag = header(ok, "To");
  if (!c.send(c.request("ACK", 1, to_with_tag, "2")) || !c.send(c.request("BYE", 2, to_with_tag, "3"))) return 1;
  bool unused = false;
  const std::string bye_ok = await_final(c, "BYE", unused);
  const auto bye_line = sipcodes::parse_status_line(std::string_view(bye_ok).substr(0, bye_ok.find("\r\n")));
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
  const std::string head = " sip:a SIP/2.0\nv:SIP/2.0/UDP h\nf:a\nt:b\ni:c\nCSeq:1 ";
  const kind kinds[] = {
      {"INVITE", "INVITE" + head + "INVITE\n\n"}, {"OPTIONS", "OPTIONS" + head + "OPTIONS\n\n"},
      {"BYE", "BYE" + head + "BYE\n\n"},          {"CANCEL", "CANCEL" + head + "CANCEL\n\n"},
      {"other method", "FOO" + head + "FOO\n\n"}, {"malformed (400)", "FOO" + head + "BAR\n\n"},
      {"ACK", "ACK" + head + "ACK\n\n"},
  };
  std::cout << "request kind     sent  answers  bytes back  factor\n";
  bool ok = true;
  for (const kind& k : kinds) {
    const client c = connect_to(port);
    if (c.fd < 0 || !c.send(k.request)) return 1;
    std::size_t back = 0;
    const std::vector<std::string> answers = drain(c, 300);
    for (const std::string& a : answers) back += a.size();
    const double factor = static_cast<double>(back) / static_cast<double>(k.request.size());
    std::printf("%-16s %4zu  %7zu  %10zu  %5.1fx\n", k.name, k.request.size(), answers.size(), back, factor);
    ok = ok && (std::string_view(k.name) == "ACK" ? answers.empty() : !answers.empty());
    close(c.fd);
  }
  return ok ? 0 : 1;
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
  std::cerr << "usage: interop_client free-port | uas PORT | burst PORT N | amplification PORT\n";
  return 2;
}
