#include "app.hpp"

#include <cstdlib>
#include <unistd.h>

int main(int argc, char** argv) {
  // OCR runs one page per worker process in parallel, so Tesseract must use one OpenMP thread
  // each (DESIGN.md). libgomp reads OMP_THREAD_LIMIT only when it is loaded, before main, so
  // set it and start again; a user's own setting is kept.
  if (std::getenv("OMP_THREAD_LIMIT") == nullptr) {
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc): carry on; OCR is slower but correct
  }
  return foia::cli::run(argc, argv);
}
