#include "app.hpp"

int main(int argc, char** argv) {
  return foia::cli::run(argc, argv);
}
