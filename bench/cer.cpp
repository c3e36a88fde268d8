// cer TRUTH HYPOTHESIS: prints "EDITS TRUTH_CHARS" for two UTF-8 text files, after folding every
// run of white space to one space, so layout differences do not count as recognition errors.
// Edits are the Levenshtein distance over Unicode code points. Built by bench/run.sh.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<char32_t> code_points(const std::string& bytes) {
  std::vector<char32_t> points;
  bool in_space = true; // also drops leading space
  for (std::size_t i = 0; i < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : 4;
    char32_t point = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < bytes.size(); ++k) {
      point = (point << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
    }
    i += length;
    const bool space =
        point == ' ' || point == '\n' || point == '\t' || point == '\r' || point == '\f';
    if (space) {
      if (!in_space) {
        points.push_back(' ');
      }
      in_space = true;
    } else {
      points.push_back(point);
      in_space = false;
    }
  }
  if (!points.empty() && points.back() == ' ') {
    points.pop_back();
  }
  return points;
}

std::string slurp(const char* path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cer TRUTH HYPOTHESIS\n";
    return 2;
  }
  const std::vector<char32_t> truth = code_points(slurp(argv[1]));
  const std::vector<char32_t> hypothesis = code_points(slurp(argv[2]));
  std::vector<std::size_t> previous(hypothesis.size() + 1);
  std::vector<std::size_t> current(hypothesis.size() + 1);
  for (std::size_t j = 0; j <= hypothesis.size(); ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= truth.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= hypothesis.size(); ++j) {
      const std::size_t substitute = previous[j - 1] + (truth[i - 1] == hypothesis[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  std::printf("%zu %zu\n", previous[hypothesis.size()], truth.size());
  return 0;
}
