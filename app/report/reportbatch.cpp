// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbatch.h"

#include "base/diagnosticcatalog.h"
#include "pagelayout.h"
#include "pdfreport.h"
#include "reportinput.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string_view>
#include <thread>

namespace dl::report {

namespace {

constexpr std::size_t kMaxNameBytes = 120;

std::string fileSafe(const std::string &name)
{
    std::string out;
    for (char ch : name) {
        const auto byte = static_cast<unsigned char>(ch);
        out += (byte < 0x20 || std::string_view("/\\:*?\"<>|").find(ch) != std::string_view::npos)
                   ? '_'
                   : ch;
    }
    if (out.size() > kMaxNameBytes) {
        std::size_t cut = kMaxNameBytes;
        // Back to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
    }
    return out.empty() ? std::string("enterprise") : out;
}

struct RenderJob
{
    std::size_t index = 0;
    std::string enterpriseName;
    ReportInput input;
    std::string file;
};

struct IndexedFailure
{
    std::size_t index = 0;
    BatchFailure failure;
};

// Threads that draw the reports handed to them. The queue holds as many reports as there are
// threads, so that the caller reads ahead by about one report per thread and no further (each
// input holds its models).
class RenderPool
{
public:
    RenderPool(Lang lang, unsigned threads)
        : m_lang(lang)
        , m_capacity(threads)
    {
        for (unsigned i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { run(); });
    }
    RenderPool(const RenderPool &) = delete;
    RenderPool &operator=(const RenderPool &) = delete;
    ~RenderPool() { finish(); }

    // Waits while the queue is full.
    void push(RenderJob job)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_queue.size() < m_capacity; });
        m_queue.push_back(std::move(job));
        m_notEmpty.notify_one();
    }

    // Waits until every report handed over is written.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_notEmpty.notify_all();
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }

    int written() const { return m_written; }
    std::vector<IndexedFailure> takeFailures() { return std::move(m_failures); }

private:
    void run()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_notEmpty.wait(lock, [this] { return m_closed || !m_queue.empty(); });
            if (m_queue.empty())
                return; // closed and drained
            RenderJob job = std::move(m_queue.front());
            m_queue.pop_front();
            m_notFull.notify_one();
            lock.unlock();

            Result<Done> done = [&]() -> Result<Done> {
                try {
                    return writeReport(job.input, m_lang, job.file);
                } catch (const std::exception &e) {
                    return fileError<DiagMsg::InternalError>(job.file, e.what());
                }
            }();

            lock.lock();
            if (done)
                ++m_written;
            else
                m_failures.push_back({job.index, {job.enterpriseName, done.errors()}});
        }
    }

    const Lang m_lang;
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<RenderJob> m_queue;
    bool m_closed = false;
    int m_written = 0;
    std::vector<IndexedFailure> m_failures;
    std::vector<std::thread> m_threads;
};

} // namespace

std::string
batchFileName(std::int64_t assessmentId, const std::string &enterpriseName, Layer layer, Lang lang)
{
    return std::to_string(assessmentId) + "-" + fileSafe(enterpriseName) + "-" + key(layer) +
           (lang == Lang::ZhCN ? "-zh_CN" : "-en") + ".pdf";
}

Result<bool> hasVerifiedAnswers(Store &store, std::int64_t assessmentId)
{
    auto answers = store.answers(assessmentId);
    if (!answers)
        return answers.errors();
    for (const StoredAnswer &a : *answers) {
        if (a.layer == Layer::Verified)
            return true;
    }
    return false;
}

BatchResult writeBatch(Store &store,
                       const std::vector<AssessmentRecord> &assessments,
                       const std::string &folder,
                       Lang lang,
                       const LayerOf &layerOf,
                       const BatchStep &step,
                       unsigned renderers,
                       int minPeers)
{
    if (renderers == 0)
        renderers = std::max(1u, std::thread::hardware_concurrency());
    // The peers of every report, read once (each report would otherwise read the whole portfolio
    // again); when that fails, each report reads it and reports the failure itself.
    std::optional<PortfolioData> peers;
    if (auto read = loadPeerData(store))
        peers = std::move(*read);
    reportFontFamily(); // registers the report font once, here rather than in a race of threads
    std::vector<IndexedFailure> failures;
    RenderPool pool(lang, renderers);
    const int total = int(assessments.size());
    for (int k = 0; k < total; ++k) {
        const AssessmentRecord &a = assessments[std::size_t(k)];
        auto enterprise = store.enterprise(a.enterpriseId);
        const std::string name = enterprise ? enterprise->name : std::string();
        const Layer layer = layerOf(a);
        const std::string file =
            (std::filesystem::path(folder) / batchFileName(a.id, name, layer, lang)).string();
        if (step && !step(k, total, name, file))
            break;
        auto input = reportInputFromStore(store, a.id, layer, systemClock(), minPeers,
                                          peers ? &*peers : nullptr);
        if (!input) {
            failures.push_back({std::size_t(k), {name, input.errors()}});
            continue;
        }
        pool.push({std::size_t(k), name, std::move(*input), file});
    }
    pool.finish();

    BatchResult result;
    result.written = pool.written();
    std::vector<IndexedFailure> drawn = pool.takeFailures();
    failures.insert(failures.end(), std::make_move_iterator(drawn.begin()),
                    std::make_move_iterator(drawn.end()));
    std::sort(failures.begin(), failures.end(),
              [](const IndexedFailure &x, const IndexedFailure &y) { return x.index < y.index; });
    for (IndexedFailure &f : failures)
        result.failures.push_back(std::move(f.failure));
    return result;
}

} // namespace dl::report
