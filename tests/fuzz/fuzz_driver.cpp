// Replays a fuzz target's seed corpus and a bounded number of seeded mutations of it, so every
// CI run exercises the parsers with the normal compiler (no libFuzzer needed). A crash or an
// abort fails the test; the input that caused it is written to fuzz-crash-<target>.bin in the
// working directory first. Arguments: CORPUS_DIR [MUTATIONS] [SEED].
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {
QByteArray g_current;

void run(const QByteArray& input)
{
    g_current = input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                           static_cast<std::size_t>(input.size()));
}

// One of the mutations libFuzzer also makes: flip, insert, erase, duplicate, splice, or put
// an "interesting" token in.
QByteArray mutate(QByteArray in, const QList<QByteArray>& corpus, QRandomGenerator& rng)
{
    static const QList<QByteArray> tokens{"null",
                                          "true",
                                          "-1",
                                          "0",
                                          "1e308",
                                          "\"\"",
                                          "{}",
                                          "[]",
                                          "\"\\u0000\"",
                                          "\"\\ud800\"",
                                          "9223372036854775808",
                                          "\"2026-02-30\"",
                                          "\"N-000001\"",
                                          ",",
                                          ":",
                                          "\"",
                                          "{",
                                          "[",
                                          "\xEF\xBB\xBF",
                                          "\xFF"};
    const int steps = 1 + static_cast<int>(rng.bounded(4));
    for (int s = 0; s < steps; ++s) {
        const qsizetype at =
            in.isEmpty() ? 0 : static_cast<qsizetype>(rng.bounded(static_cast<quint32>(in.size())));
        switch (rng.bounded(6)) {
        case 0:
            if (!in.isEmpty())
                in[at] = static_cast<char>(in.at(at) ^ (1 << rng.bounded(8)));
            break;
        case 1:
            in.insert(at, tokens.at(static_cast<qsizetype>(
                              rng.bounded(static_cast<quint32>(tokens.size())))));
            break;
        case 2:
            in.remove(at, 1 + static_cast<qsizetype>(rng.bounded(16)));
            break;
        case 3:
            in.insert(at, in.mid(at, 1 + static_cast<qsizetype>(rng.bounded(64))));
            break;
        case 4: {
            const QByteArray& other =
                corpus.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(corpus.size()))));
            if (!other.isEmpty()) {
                const qsizetype from =
                    static_cast<qsizetype>(rng.bounded(static_cast<quint32>(other.size())));
                in = in.left(at) + other.mid(from);
            }
            break;
        }
        default:
            in.truncate(at);
            break;
        }
    }
    return in;
}

void onAbort(int)
{
    QFile out(QStringLiteral("fuzz-crash-" FUZZ_TARGET_NAME ".bin"));
    if (out.open(QIODevice::WriteOnly))
        out.write(g_current);
    std::fprintf(stderr, "fuzz target " FUZZ_TARGET_NAME
                         " failed; the input is in fuzz-crash-" FUZZ_TARGET_NAME ".bin\n");
    std::_Exit(1);
}
} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS] [SEED]\n", argv[0]);
        return 2;
    }
    const int mutations = argc > 2 ? std::atoi(argv[2]) : 2000;
    const quint32 seed = argc > 3 ? static_cast<quint32>(std::strtoul(argv[3], nullptr, 10)) : 16;
    std::signal(SIGABRT, onAbort);
    std::signal(SIGSEGV, onAbort);

    QList<QByteArray> corpus;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            corpus << f.readAll();
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no seed corpus in %s\n", argv[1]);
        return 2;
    }
    for (const QByteArray& input : corpus)
        run(input);
    QRandomGenerator rng(seed);
    for (int i = 0; i < mutations; ++i) {
        const QByteArray& base =
            corpus.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(corpus.size()))));
        run(mutate(base, corpus, rng));
    }
    std::printf("%s: %lld seed input(s) and %d mutation(s) (seed %u) ran clean\n", FUZZ_TARGET_NAME,
                static_cast<long long>(corpus.size()), mutations, seed);
    return 0;
}
