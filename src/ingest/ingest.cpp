// The ingest scheduler: a pool of forked worker processes fed one task at a time (open a
// document, or read one page), results written in input order through a bounded window.
// Processes rather than threads, so that Poppler crashing on a hostile file or hanging on a
// decompression bomb costs one page: the worker is killed or reaped, the page gets an error,
// and a fresh worker takes its place.
#include "foia/ingest/ingest.hpp"

#include "foia/ingest/cache.hpp"
#include "foia/ingest/inputs.hpp"
#include "foia/ingest/page_reader.hpp"
#include "foia/record/sha256.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <thread>

#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define FOIA_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FOIA_UNDER_ASAN 1
#endif
#endif

namespace foia::ingest {

namespace {

using Clock = std::chrono::steady_clock;

// One unit of work. page 0 stands for the document line itself, so (document, page) orders
// tasks exactly as their records are written.
struct Task {
  int document = 0;
  int page = 0;
  auto operator<=>(const Task&) const = default;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// ---- the worker side -------------------------------------------------------------------------

void limit_memory(std::size_t bytes) {
#ifndef FOIA_UNDER_ASAN
  if (bytes > 0) {
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }
#else
  (void)bytes;
#endif
}

[[noreturn]] void worker_main(int task_fd, int result_fd, const std::vector<InputFile>& files,
                              const IngestOptions& options, const Engines& engines) {
  limit_memory(options.worker_memory_bytes);
  int status = 0;
  try {
    const auto source = engines.make_source();
    PageReader reader(
        *source, [&] { return engines.make_ocr(options.language); }, options);
    std::string pending;
    std::string chunk(4096, '\0');
    for (;;) {
      const ssize_t got = ::read(task_fd, chunk.data(), chunk.size());
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got <= 0) {
        break;
      }
      pending.append(chunk.data(), static_cast<std::size_t>(got));
      std::size_t newline = 0;
      while ((newline = pending.find('\n')) != std::string::npos) {
        const std::string task_line = pending.substr(0, newline);
        pending.erase(0, newline + 1);
        // "D <document>" or "P <document> <page> <hash>"
        char kind = 0;
        int document = 0;
        int page = 0;
        std::array<char, 65> hash{};
        std::string line;
        if (std::sscanf(task_line.c_str(), "P %d %d %64s", &document, &page, hash.data()) == 3) {
          kind = 'P';
        } else if (std::sscanf(task_line.c_str(), "D %d", &document) == 1) {
          kind = 'D';
        }
        if (kind == 0 || document < 0 || static_cast<std::size_t>(document) >= files.size()) {
          ::_exit(3);
        }
        const InputFile& file = files[static_cast<std::size_t>(document)];
        try {
          line = kind == 'D' ? record::to_json_line(reader.read_document(file))
                             : record::to_json_line(reader.read_page(file, hash.data(), page));
        } catch (const std::bad_alloc&) {
          ::_exit(4); // the parent reports it as out of memory
        }
        line += '\n';
        if (!write_all(result_fd, line)) {
          ::_exit(0); // the parent is gone
        }
      }
    }
  } catch (const std::bad_alloc&) {
    status = 4;
  } catch (...) {
    status = 5;
  }
  ::_exit(status);
}

// ---- the parent side -------------------------------------------------------------------------

struct Worker {
  pid_t pid = -1;
  int task_fd = -1;   // parent writes tasks here
  int result_fd = -1; // parent reads results here
  std::string received;
  std::optional<Task> task;
  Clock::time_point started;
};

std::string describe_exit(int status) {
  if (WIFSIGNALED(status)) {
    const int signal_number = WTERMSIG(status);
    return std::string("worker crashed (signal ") + std::to_string(signal_number) + ": " +
           strsignal(signal_number) + ")";
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 4) {
    return "out of memory (over the worker's memory cap)";
  }
  return "worker stopped unexpectedly (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
}

class Scheduler {
public:
  Scheduler(std::vector<InputFile> files, const IngestOptions& options, const Engines& engines,
            const IngestCallbacks& callbacks)
      : m_files(std::move(files)), m_options(options), m_engines(engines), m_callbacks(callbacks),
        m_documents(m_files.size()) {
    const int jobs = worker_count(options);
    m_window = 16 + 4 * static_cast<std::size_t>(jobs);
    m_workers.resize(static_cast<std::size_t>(jobs));
    if (!options.cache_folder.empty()) {
      try {
        m_cache.emplace(options.cache_folder);
        m_fingerprints = {cache_fingerprint(options, InputFormat::pdf),
                          cache_fingerprint(options, InputFormat::image)};
      } catch (const std::exception& error) {
        warn(std::string(error.what()) + "; going on without the cache");
      }
    }
  }

  ~Scheduler() {
    for (Worker& worker : m_workers) {
      stop(worker, true);
    }
  }

  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  IngestSummary run() {
    for (Worker& worker : m_workers) {
      start(worker);
    }
    while (!finished()) {
      for (Worker& worker : m_workers) {
        if (!worker.task) {
          dispatch(worker);
        }
      }
      wait_for_results();
      flush_ready();
    }
    return m_summary;
  }

private:
  struct DocumentState {
    bool opened = false; // its document line has come back
    std::string hash;
    int pages = 0;
    int next_page = 1;          // next page to dispatch
    bool worker_failed = false; // a worker died or was killed on it: its records are not stored
    std::string cache_key;      // set once looked up in the cache
    std::string cache_doc;      // the hash in that key, which the document line must repeat
    std::unique_ptr<CacheEntryReader> cached; // a hit: its records are read back from here
    std::unique_ptr<CacheEntryWriter> store;  // a miss: its records are stored here as written
  };

  bool finished() const { return m_cursor.document >= static_cast<int>(m_files.size()); }

  void start(Worker& worker) {
    int tasks[2];
    int results[2];
    if (::pipe(tasks) != 0 || ::pipe(results) != 0) {
      throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
      throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
    }
    if (pid == 0) {
      // Other workers' pipe ends would keep them from seeing end of input.
      for (const Worker& other : m_workers) {
        if (other.pid > 0) {
          ::close(other.task_fd);
          ::close(other.result_fd);
        }
      }
      ::close(tasks[1]);
      ::close(results[0]);
      worker_main(tasks[0], results[1], m_files, m_options, m_engines);
    }
    ::close(tasks[0]);
    ::close(results[1]);
    worker = Worker{};
    worker.pid = pid;
    worker.task_fd = tasks[1];
    worker.result_fd = results[0];
  }

  // Closes the pipes and reaps the process; returns its wait status.
  int stop(Worker& worker, bool kill) {
    if (worker.pid <= 0) {
      return 0;
    }
    ::close(worker.task_fd);
    ::close(worker.result_fd);
    if (kill) {
      ::kill(worker.pid, SIGKILL);
    }
    int status = 0;
    while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
    }
    worker.pid = -1;
    return status;
  }

  // The earliest task not yet handed out: a page of an opened document, or the next document.
  std::optional<Task> next_task() const {
    std::optional<Task> best;
    for (int document = m_cursor.document; document < m_next_to_open; ++document) {
      const DocumentState& state = m_documents[static_cast<std::size_t>(document)];
      if (state.opened && state.next_page <= state.pages) {
        best = Task{document, state.next_page};
        break;
      }
    }
    if (!best && m_next_to_open < static_cast<int>(m_files.size())) {
      best = Task{m_next_to_open, 0};
    }
    return best;
  }

  void dispatch(Worker& worker) {
    std::optional<Task> task;
    for (;;) {
      task = next_task();
      if (!task) {
        return;
      }
      const std::size_t in_flight = static_cast<std::size_t>(std::count_if(
          m_workers.begin(), m_workers.end(), [](const Worker& w) { return w.task; }));
      // The window bounds memory (and open cache entries); the task the writer waits for
      // always goes, or nothing could move.
      if (in_flight + m_ready.size() + m_pending_hits >= m_window && *task != m_cursor) {
        return;
      }
      // A document found in the cache needs no worker; look at the next task instead.
      if (task->page != 0 || !look_up(task->document)) {
        break;
      }
    }
    std::string line;
    if (task->page == 0) {
      line = "D " + std::to_string(task->document) + "\n";
      ++m_next_to_open;
    } else {
      DocumentState& state = m_documents[static_cast<std::size_t>(task->document)];
      line = "P " + std::to_string(task->document) + " " + std::to_string(task->page) + " " +
             (state.hash.empty() ? std::string("-") : state.hash) + "\n";
      ++state.next_page;
    }
    if (!write_all(worker.task_fd, line)) {
      // The worker died while idle; the task never reached it, so it goes to a fresh one.
      stop(worker, true);
      start(worker);
      if (!write_all(worker.task_fd, line)) {
        throw std::runtime_error("cannot hand a task to a new worker");
      }
    }
    worker.task = task;
    worker.started = Clock::now();
  }

  // Looks a document up in the cache before any worker opens it. A hit is marked opened, with
  // no pages to hand out, and read back when the writer reaches it; a miss keeps its key, so
  // its records are stored as they are written.
  bool look_up(int document) {
    const InputFile& file = m_files[static_cast<std::size_t>(document)];
    if (!m_cache || !file.error.empty()) {
      return false;
    }
    DocumentState& state = m_documents[static_cast<std::size_t>(document)];
    std::string hash = file.sha256; // hashed already when a shard was chosen
    try {
      if (hash.empty()) {
        hash = record::sha256_file(file.path);
      }
    } catch (const std::exception&) {
      return false; // the worker says why in the document's error
    }
    const std::string& fingerprint = m_fingerprints[file.format == InputFormat::image ? 1 : 0];
    state.cache_key = RecordCache::key(hash, fingerprint);
    state.cache_doc = hash;
    const std::filesystem::path entry = m_cache->entry_file(state.cache_key);
    std::string problem;
    state.cached = CacheEntryReader::open(entry, state.cache_key, file.path, problem);
    if (state.cached && state.cached->records() == 0) {
      state.cached.reset();
      problem = "corrupt (no document line)";
    }
    if (!problem.empty()) {
      warn(entry.string() + ": bad cache entry for " + file.path + ": " + problem +
           "; reading the document again");
    }
    if (!state.cached) {
      return false;
    }
    state.opened = true;
    state.pages = static_cast<int>(state.cached->records()) - 1; // a document line, then pages
    state.next_page = state.pages + 1;
    m_pages_known += state.pages;
    ++m_next_to_open;
    ++m_pending_hits;
    return true;
  }

  void wait_for_results() {
    std::vector<pollfd> polls;
    std::vector<Worker*> polled;
    int timeout_ms = -1;
    const auto now = Clock::now();
    const auto limit = std::chrono::duration<double>(m_options.page_timeout_seconds);
    for (Worker& worker : m_workers) {
      if (!worker.task) {
        continue;
      }
      polls.push_back(pollfd{worker.result_fd, POLLIN, 0});
      polled.push_back(&worker);
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(worker.started + limit - now);
      const int left_ms = static_cast<int>(std::max<long long>(0, left.count()) + 1);
      timeout_ms = timeout_ms < 0 ? left_ms : std::min(timeout_ms, left_ms);
    }
    if (polls.empty()) {
      return;
    }
    const int ready = ::poll(polls.data(), polls.size(), timeout_ms);
    if (ready < 0 && errno != EINTR) {
      throw std::runtime_error(std::string("poll failed: ") + std::strerror(errno));
    }
    for (std::size_t i = 0; i < polls.size(); ++i) {
      Worker& worker = *polled[i];
      if ((polls[i].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
        receive(worker);
      } else if (Clock::now() - worker.started > limit) {
        stop(worker, true);
        std::string reason = "timed out after " +
                             std::to_string(std::lround(m_options.page_timeout_seconds)) +
                             " s (--page-timeout)";
        replace(worker, reason);
      }
    }
  }

  void receive(Worker& worker) {
    char chunk[65536];
    const ssize_t got = ::read(worker.result_fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) {
      return;
    }
    if (got <= 0) {
      replace(worker, describe_exit(stop(worker, false)));
      return;
    }
    worker.received.append(chunk, static_cast<std::size_t>(got));
    const std::size_t newline = worker.received.find('\n');
    if (newline == std::string::npos) {
      return;
    }
    std::string line = worker.received.substr(0, newline);
    worker.received.erase(0, newline + 1);
    const Task task = *worker.task;
    worker.task.reset();
    complete(task, std::move(line));
  }

  // The worker died or was killed holding a task: its task gets an error record, and a new
  // worker takes its place.
  void replace(Worker& worker, const std::string& reason) {
    const Task task = *worker.task;
    worker.task.reset();
    start(worker);
    m_documents[static_cast<std::size_t>(task.document)].worker_failed = true;
    const InputFile& file = m_files[static_cast<std::size_t>(task.document)];
    if (task.page == 0) {
      record::DocumentRecord failed;
      failed.path = file.path;
      failed.format = file.format == InputFormat::image ? "image" : "pdf";
      try {
        failed.doc = record::sha256_file(file.path);
      } catch (const std::exception&) {
        // the error below says enough
      }
      failed.error = "while opening: " + reason;
      complete(task, record::to_json_line(failed));
    } else {
      record::PageRecord failed;
      failed.doc = m_documents[static_cast<std::size_t>(task.document)].hash;
      failed.path = file.path;
      failed.page = task.page;
      failed.error = reason;
      complete(task, record::to_json_line(failed));
    }
  }

  void complete(const Task& task, std::string line) {
    if (task.page == 0) {
      const record::ParsedRecord parsed = record::parse_record_line(line);
      DocumentState& state = m_documents[static_cast<std::size_t>(task.document)];
      state.opened = true;
      state.hash = parsed.document->doc;
      state.pages =
          parsed.document->error && parsed.document->pages == 0 ? 0 : parsed.document->pages;
      m_pages_known += state.pages;
    }
    m_ready.emplace(task, std::move(line));
    m_summary.peak_buffered_records = std::max(m_summary.peak_buffered_records, m_ready.size());
  }

  void flush_ready() {
    while (!finished()) {
      DocumentState& state = m_documents[static_cast<std::size_t>(m_cursor.document)];
      if (state.cached) {
        write_cached(state);
        m_cursor = Task{m_cursor.document + 1, 0};
        continue;
      }
      const auto found = m_ready.find(m_cursor);
      if (found == m_ready.end()) {
        return;
      }
      write(found->first, found->second);
      keep(state, found->first, found->second);
      m_ready.erase(found);
      if (m_cursor.page < state.pages) {
        ++m_cursor.page;
      } else {
        commit_kept(state);
        m_cursor = Task{m_cursor.document + 1, 0};
      }
    }
  }

  // Streams a cached document's records, one line at a time however many pages it has.
  void write_cached(DocumentState& state) {
    std::string line;
    for (Task task{m_cursor.document, 0}; state.cached->next(line); ++task.page) {
      write(task, line);
    }
    ++m_summary.cached_documents;
    m_summary.cached_pages += state.pages;
    state.cached.reset();
    --m_pending_hits;
  }

  // Copies a record just written into the document's new cache entry.
  void keep(DocumentState& state, const Task& task, const std::string& line) {
    // A file that changed between the lookup and its reading is not stored under the old key.
    if (state.cache_key.empty() || !m_cache_writable || state.hash != state.cache_doc) {
      return;
    }
    const InputFile& file = m_files[static_cast<std::size_t>(task.document)];
    try {
      if (task.page == 0) {
        state.store = std::make_unique<CacheEntryWriter>(m_cache->entry_file(state.cache_key),
                                                         state.cache_key, file.path);
      }
      state.store->add(line);
    } catch (const std::exception& error) {
      cannot_store(state, error);
    }
  }

  // The document is complete: its entry goes into place, unless a worker failure (a timeout,
  // a crash, the memory cap) gave it an error that another run on a quieter machine may not.
  void commit_kept(DocumentState& state) {
    if (state.store && !state.worker_failed) {
      try {
        state.store->commit();
      } catch (const std::exception& error) {
        cannot_store(state, error);
      }
    }
    state.store.reset();
  }

  void cannot_store(DocumentState& state, const std::exception& error) {
    warn(std::string(error.what()) + "; not storing more documents in the cache");
    m_cache_writable = false;
    state.store.reset();
  }

  void warn(const std::string& message) const {
    if (m_callbacks.warning) {
      m_callbacks.warning(message);
    }
  }

  void write(const Task& task, const std::string& line) {
    const record::ParsedRecord parsed = record::parse_record_line(line);
    if (parsed.document) {
      ++m_summary.documents;
      if (parsed.document->error) {
        warn(parsed.document->path + ": " + *parsed.document->error);
        ++(parsed.document->pages == 0 ? m_summary.failed_documents : m_summary.capped_documents);
      }
    } else {
      ++m_summary.pages;
      m_summary.ocr_pages += parsed.page->method == record::Method::ocr ? 1 : 0;
      if (parsed.page->error) {
        ++m_summary.failed_pages;
        warn(parsed.page->path + " (page " + std::to_string(task.page) +
             "): " + *parsed.page->error);
      }
      if (m_callbacks.progress) {
        m_callbacks.progress(m_summary.pages, m_pages_known);
      }
    }
    m_callbacks.record(line);
  }

  std::vector<InputFile> m_files;
  const IngestOptions& m_options;
  const Engines& m_engines;
  const IngestCallbacks& m_callbacks;

  std::vector<DocumentState> m_documents;
  std::vector<Worker> m_workers;
  std::map<Task, std::string> m_ready;
  std::size_t m_window = 0;
  Task m_cursor;          // the next record to write
  int m_next_to_open = 0; // the next document to hand out
  int m_pages_known = 0;
  IngestSummary m_summary;

  std::optional<RecordCache> m_cache;
  std::array<std::string, 2> m_fingerprints; // for PDFs and for images
  std::size_t m_pending_hits = 0;            // cache hits looked up, not yet written
  bool m_cache_writable = true;
};

// Writing to a worker that has just died must be an error return, not a fatal signal.
class IgnoreSigpipe {
public:
  IgnoreSigpipe() { m_previous = std::signal(SIGPIPE, SIG_IGN); }
  ~IgnoreSigpipe() { std::signal(SIGPIPE, m_previous); }
  IgnoreSigpipe(const IgnoreSigpipe&) = delete;
  IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;

private:
  void (*m_previous)(int) = nullptr;
};

} // namespace

int worker_count(const IngestOptions& options) {
  return options.jobs > 0 ? options.jobs
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

IngestSummary ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
                     const IngestCallbacks& callbacks, const Engines& engines) {
  InputScan scan = scan_inputs(inputs);
  for (const std::string& notice : scan.notices) {
    if (callbacks.notice) {
      callbacks.notice(notice);
    }
  }
  return ingest_files(std::move(scan.files), options, callbacks, engines);
}

IngestSummary ingest_files(std::vector<InputFile> files, const IngestOptions& options,
                           const IngestCallbacks& callbacks, const Engines& engines) {
  if (files.empty()) {
    return {};
  }
  const IgnoreSigpipe ignore_sigpipe;
  Scheduler scheduler(std::move(files), options, engines, callbacks);
  return scheduler.run();
}

} // namespace foia::ingest
