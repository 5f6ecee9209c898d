#pragma once
// Shared by the benchmarks: medians of timed runs and the reference case files (250,000
// nominals by default) in CORROBORATE_BENCH_DIR, built once, encrypted and unkeyed.

#include "Credentials.h"
#include "core/Error.h"
#include "demo/DemoCaseFile.h"
#include "policy/PolicyStore.h"
#include "store/CaseFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace corroborate::bench {

using test::kPassphrase;

// The median of `runs` timed runs (ms), after one untimed run that warms the page cache the
// way a working session would.
inline double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    work();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Opens the reference file at `path`, building it first when missing: a demo case file
// (encrypted) or the same data in plain SQLite (unkeyed: the floor).
inline std::unique_ptr<CaseFile> reference(const QString& path, bool encrypted, int nominals)
{
    // A reference file kept from before the benchmarks shared the tests' passphrase
    // (Credentials.h) no longer opens: build it again.
    if (encrypted && QFileInfo::exists(path)) {
        try {
            CaseFile::open(path, Secret(kPassphrase));
        } catch (const Error&) {
            std::fprintf(stderr, "%s does not open with kPassphrase: rebuilding\n",
                         qPrintable(path));
            QFile::remove(path);
        }
    }
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        std::fprintf(stderr, "building %s (%d nominals)...\n", qPrintable(path), nominals);
        if (encrypted) {
            DemoOptions o;
            o.path = path;
            o.passphrase = Secret(kPassphrase);
            o.first = {QStringLiteral("bench.admin"), QString(), Secret(kPassphrase)};
            o.second = {QStringLiteral("bench.supervisor"), QString(), Secret(kPassphrase)};
            o.nominals = nominals;
            o.seed = 1;
            DemoCaseFile::create(o);
        } else {
            auto file = CaseFile::createUnkeyed(path);
            {
                Transaction tx(file->db());
                PolicyStore(file->db()).installDefault(QStringLiteral("bench.admin"));
                tx.commit();
            }
            file->db().exec("PRAGMA journal_mode = DELETE;");
            DemoCaseFile::load(file->db(), nominals, 1, QStringLiteral("bench.admin"));
            file->db().exec("ANALYZE;");
            file->db().exec("PRAGMA journal_mode = WAL;");
        }
        std::fprintf(stderr, "  built in %.1f s, %.0f MB\n",
                     static_cast<double>(t.elapsed()) / 1000.0,
                     static_cast<double>(QFileInfo(path).size()) / 1e6);
    }
    return encrypted ? CaseFile::open(path, Secret(kPassphrase)) : CaseFile::openUnkeyed(path);
}

} // namespace corroborate::bench
