// sipcodes-responder: a stateless UDP SIP user agent server for testing call
// flows. It answers every INVITE with 100 Trying and then the configured
// final response (486 Busy Here by default), OPTIONS, BYE and CANCEL with
// 200 OK, absorbs ACK, and answers other methods with 405 and an Allow header
// field. Every status line is written by sipcodes; final failure responses
// carry Reason header fields (SIP, and Q.850 where RFC 3398 maps the code).
//
//   sipcodes-responder --port PORT [--address 127.0.0.1] [--code CODE] [--reason TEXT]
//
// --port 0 picks a free port; the port is printed on stderr as
// "listening on ADDRESS:PORT". One log line per request and per response goes
// to stderr. SIGINT and SIGTERM stop it cleanly. Exit status 2 for bad options.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>

#include "responder/sip_request.hpp"

namespace {

volatile std::sig_atomic_t stop_requested = 0;

extern "C" void request_stop(int /*signal*/) { stop_requested = 1; }

struct options {
  std::string address = "127.0.0.1";
  int port = -1;
  responder::answer final_answer;
  std::string reason;
};

constexpr std::string_view usage_text =
    "usage: sipcodes-responder --port PORT [--address ADDRESS] [--code CODE] [--reason TEXT]\n"
    "A stateless UDP SIP user agent server for testing call flows.\n"
    "\n"
    "  --port PORT       the UDP port to listen on; 0 picks a free one\n"
    "  --address ADDRESS the IPv4 address to listen on (127.0.0.1)\n"
    "  --code CODE       the final response to an INVITE: 300 to 699, or 2xx to accept (486)\n"
    "  --reason TEXT     the reason phrase of that response (its default phrase)\n"
    "  --version         the version of sipcodes\n"
    "  --help            this text\n";

int usage_error(std::string_view message) {
  std::cerr << "sipcodes-responder: " << message << '\n' << usage_text;
  return 2;
}

bool parse_int(std::string_view text, int& value) {
  if (text.empty() || text.size() > 6) return false;
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

// Reads the options; returns 0, or the exit status for a bad one, or -1 when
// the command was --help or --version and has been answered.
int parse_options(int argc, char** argv, options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << usage_text;
      return -1;
    }
    if (arg == "--version") {
      std::cout << "sipcodes-responder " << SIPCODES_VERSION_MAJOR << '.' << SIPCODES_VERSION_MINOR << '.'
                << SIPCODES_VERSION_PATCH << '\n';
      return -1;
    }
    if (i + 1 >= argc) return usage_error("option " + std::string(arg) + " needs a value");
    const std::string_view value = argv[++i];
    if (arg == "--port") {
      if (!parse_int(value, o.port) || o.port > 65535) return usage_error("--port must be 0 to 65535");
    } else if (arg == "--address") {
      o.address = std::string(value);
    } else if (arg == "--code") {
      int code = 0;
      // A final response: 300..699, or 2xx for full call flows.
      if (!parse_int(value, code) || code < 200 || code > 699) {
        return usage_error("--code must be a final code: 300 to 699, or 2xx to accept calls");
      }
      o.final_answer.code = code;
    } else if (arg == "--reason") {
      if (value.empty() || !sipcodes::is_valid_reason_phrase(value)) {
        return usage_error("--reason \"" + std::string(value) +
                           "\" is not a valid Reason-Phrase (RFC 3261: no line breaks, quotes or bare %)");
      }
      o.reason = std::string(value);
    } else {
      return usage_error("unknown option " + std::string(arg));
    }
  }
  if (o.port < 0) return usage_error("--port is required");
  o.final_answer.reason = o.reason;
  return 0;
}

std::string endpoint(const sockaddr_in& a) {
  char text[INET_ADDRSTRLEN] = {};
  inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
  return std::string(text) + ":" + std::to_string(ntohs(a.sin_port));
}

// The start line of a datagram, printable, for the log.
std::string first_line(std::string_view datagram) {
  std::string line;
  for (char c : datagram.substr(0, datagram.find_first_of("\r\n"))) {
    line += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? '?' : c;
    if (line.size() == 120) break;
  }
  return line;
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  if (const int status = parse_options(argc, argv, o); status != 0) {
    if (status > 0) return status;
    std::cout.flush();
    return std::cout ? 0 : 2;
  }

  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    std::perror("sipcodes-responder: socket");
    return 1;
  }
  sockaddr_in local{};
  local.sin_family = AF_INET;
  local.sin_port = htons(static_cast<std::uint16_t>(o.port));
  if (inet_pton(AF_INET, o.address.c_str(), &local.sin_addr) != 1)
    return usage_error("--address must be an IPv4 address");
  if (bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) {
    std::perror("sipcodes-responder: bind");
    return 1;
  }
  socklen_t length = sizeof local;
  getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
  const std::string contact = "sip:responder@" + endpoint(local);
  std::cerr << "listening on " << endpoint(local) << std::endl;

  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  static char datagram[65536];
  while (stop_requested == 0) {
    pollfd waiting{fd, POLLIN, 0};
    if (poll(&waiting, 1, 200) <= 0) continue;  // timeout, or a signal
    sockaddr_in peer{};
    socklen_t peer_length = sizeof peer;
    const ssize_t n = recvfrom(fd, datagram, sizeof datagram, 0, reinterpret_cast<sockaddr*>(&peer), &peer_length);
    if (n < 0) continue;
    const std::string_view received(datagram, static_cast<std::size_t>(n));
    const std::string from = endpoint(peer);
    std::cerr << "recv " << from << " " << first_line(received) << '\n';
    const responder::responses out = responder::handle(received, o.final_answer, contact);
    if (out.count == 0 && out.refused != responder::problem::none) {
      std::cerr << "drop " << from << " " << responder::describe(out.refused) << '\n';
    }
    for (std::size_t i = 0; i < out.count; ++i) {
      sendto(fd, out[i].data(), out[i].size(), 0, reinterpret_cast<const sockaddr*>(&peer), peer_length);
      std::cerr << "send " << from << " " << first_line(out[i]) << '\n';
    }
  }
  std::cerr << "stopped" << std::endl;
  close(fd);
  return 0;
}
