#pragma once

#include "PackContent.h"
#include "PackHtml.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace corroborate {

// Renders a PackContent onto pages: a PDF (QPdfWriter), a printer or a print preview (any
// QPagedPaintDevice, e.g. QPrinter).
//
// Layout: the cover, the interpretation notice (partner packs) and each nominal's section
// start on a new page and are laid out by one QTextDocument each (style sheet
// resources/packs/pack.css), paginated to the body area; each nominal's decision box is kept
// together on one page. The header and footer are painted directly: the protective marking in
// capitals at the top and bottom of every page, "SYNTHETIC DATA" when the case file is
// synthetic, the pack identifier and "Page X of Y" in the footer. Two passes: the first lays
// out to count pages (and to number the cover's contents), the second paints. Styling is
// opaque (transparency would make the PDF engine rasterise); fonts are embedded and the text
// stays extractable.
//
// Threads. PackContent is plain data: build it with PackBuilder on the thread that owns the
// case file, then hand a copy to a worker. render()/renderPdf() need a QGuiApplication to
// exist (fonts) but may run on any QThread (QThread, QThreadPool, QtConcurrent; not a bare
// std::thread: QTextDocument's layout uses timers); create the paint device on the thread that
// renders.
// `progress(done, total)` is called on the rendering thread after each step (a section laid out
// or painted; total = 2 x sections); forward it with a queued connection. Set `*cancel` from
// any thread to stop at the next section or page: the result then says cancelled, and what was
// written to the device is incomplete and must be discarded (QSaveFile::cancelWriting). The
// renderer records nothing: record the disclosure (PackOutput) when the pack is actually
// saved or printed.
//
// Typical GUI use: build on the GUI thread, renderPdf() into a QByteArray on a worker with
// progress and cancel, then PackOutput::savePdf() on the GUI thread. For printing: show the
// print dialog, render() onto the QPrinter (applyPageLayout() first if the printer should use
// the pack's A4 layout), then PackOutput::recordPrint().
class PackRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PackRenderer)
public:
    using ProgressFn = std::function<void(int done, int total)>;

    struct Result
    {
        bool cancelled = false;
        int pages = 0; // pages painted (the pack's page count when not cancelled)
    };

    explicit PackRenderer(PackContent content);
    // Renders `fragments` instead of the review pack's own (another document marked and
    // paginated like a pack, e.g. a subject access response); `title` is its document title.
    PackRenderer(PackContent content, QList<PackFragment> fragments, QString title);

    // A4 portrait with the pack's margins.
    static void applyPageLayout(QPagedPaintDevice& device);

    // Paints the pack onto `device` with the device's current page layout.
    Result render(QPagedPaintDevice& device, const ProgressFn& progress = {},
                  const std::atomic_bool* cancel = nullptr);
    // Writes the pack as a PDF (title and creator set; A4) into `out`, which must be open for
    // writing.
    Result renderPdf(QIODevice& out, const ProgressFn& progress = {},
                     const std::atomic_bool* cancel = nullptr);
    // Convenience: the PDF's bytes (empty when cancelled).
    QByteArray renderPdf(Result* result = nullptr, const ProgressFn& progress = {},
                         const std::atomic_bool* cancel = nullptr);

    const PackContent& content() const { return m_content; }
    // The PDF's document title: identifier and marking, never personal data.
    QString documentTitle() const;

private:
    PackContent m_content;
    std::optional<QList<PackFragment>> m_fragments;
    QString m_title;
};

} // namespace corroborate
