#include "PackRenderer.h"

#include "PackHtml.h"
#include "PageBreaks.h"
#include "core/Error.h"
#include "i18n/Language.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace corroborate {

namespace {

constexpr double kMarginMm = 10.0;     // page edge to header and footer
constexpr double kSideMarginMm = 15.0; // page edge to text, left and right
constexpr double kHeaderMm = 11.0;     // marking (and synthetic line), then a rule
constexpr double kFooterMm = 17.0;     // a rule, synthetic line, handling line, the footer line
constexpr double kDecisionGapMm = 5.0; // space above a decision box
constexpr int kPdfResolution = 600;
constexpr qsizetype kKeepLaidOut = 600; // fragments kept laid out between the two passes

QString styleSheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/packs/pack.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

QFont baseFont(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing turns Qt's ligatures off, so "officer" is extracted (pdftotext,
    // screen readers, search) as typed rather than with an "ffi" ligature character.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

// Where things go on a page, in device pixels, with (0,0) at the top left of the device's
// paintable area (inside the page layout's margins).
struct Geometry
{
    double dpi = 72;
    QRectF header;
    QRectF body;
    QRectF footer;
    double mm(double v) const { return v * dpi / 25.4; }
};

Geometry geometryOf(QPagedPaintDevice& device)
{
    Geometry g;
    g.dpi = device.logicalDpiY();
    const double w = device.width();
    const double h = device.height();
    g.header = QRectF(0, 0, w, g.mm(kHeaderMm));
    g.footer = QRectF(0, h - g.mm(kFooterMm), w, g.mm(kFooterMm));
    const double gap = g.mm(3);
    g.body = QRectF(0, g.header.bottom() + gap, w, g.footer.top() - g.header.bottom() - 2 * gap);
    return g;
}

// Lays fragments out onto pages and, when it has a painter, paints them. The same code runs
// for counting and for painting so that both passes break pages identically.
class Flow
{
public:
    Flow(QPagedPaintDevice& device, QPainter* painter, const PackContent& content, int totalPages,
         const std::atomic_bool* cancel)
        : m_device(device)
        , m_painter(painter)
        , m_content(content)
        , m_geometry(geometryOf(device))
        , m_totalPages(totalPages)
        , m_cancel(cancel)
    {
    }

    int page() const { return m_page; }
    // The page on which the fragment added last begins (not where it ends: a section may run
    // over several pages).
    int startPage() const { return m_startPage; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    // A fragment's rich text laid out at the body's width, with the places it may be cut.
    struct Laid
    {
        std::unique_ptr<QTextDocument> doc;
        std::unique_ptr<PageBreaks> breaks;
        double height = 0;
    };

    Laid layOut(const QString& html) const
    {
        Laid l;
        l.doc = std::make_unique<QTextDocument>();
        QTextDocument& doc = *l.doc;
        doc.setUndoRedoEnabled(false);
        doc.documentLayout()->setPaintDevice(&m_device);
        doc.setDefaultStyleSheet(styleSheet());
        doc.setDefaultFont(baseFont(9));
        doc.setDocumentMargin(0);
        doc.setHtml(html);
        doc.setTextWidth(m_geometry.body.width());
        // A cut keeps the whole of a rule (at most 1.5 CSS px wide) on both sides of it.
        const double cssPixel = m_geometry.dpi / 96.0;
        l.breaks = std::make_unique<PageBreaks>(doc, cssPixel, cssPixel);
        l.height = l.breaks->end() > 0 ? l.breaks->end() : doc.size().height();
        return l;
    }

    // Places (and paints, with a painter) a laid-out fragment. Returns false when cancelled.
    bool add(const PackFragment& fragment, const Laid& laid)
    {
        if (cancelled())
            return false;
        QTextDocument& doc = *laid.doc;
        const PageBreaks& breaks = *laid.breaks;
        const double height = laid.height;
        const double pageHeight = m_geometry.body.height();

        if (fragment.placement == PackFragment::Placement::KeepTogether && m_page > 0) {
            const double gap = m_geometry.mm(kDecisionGapMm);
            if (m_used + gap + height <= pageHeight)
                m_used += gap;
            else if (!newPage())
                return false;
        } else if (!newPage()) {
            return false;
        }
        m_startPage = m_page;

        // Cut the document into page-high slices at good places.
        double from = 0;
        for (;;) {
            const double room = pageHeight - m_used;
            if (height - from <= room) {
                paint(doc, from, height, m_used);
                m_used += height - from;
                return true;
            }
            const PageBreaks::Break cut = breaks.cut(from, from + room);
            paint(doc, from, cut.end, m_used);
            if (!newPage())
                return false;
            from = cut.start;
            if (cut.table >= 0 && breaks.table(cut.table).headerEnd >= 0) {
                // Repeat the table's header row, its rule where the cut's rule will be.
                const PageBreaks::Table& t = breaks.table(cut.table);
                paint(doc, t.top, t.headerEnd, 0);
                m_used = (t.headerMid - t.top) - (cut.end - cut.start) / 2;
            }
        }
    }

private:
    bool newPage()
    {
        if (cancelled())
            return false;
        if (m_painter && m_page > 0 && !m_device.newPage())
            throw Error(ErrorKind::Internal,
                        PackRenderer::tr("The pack could not start page %1.").arg(m_page + 1));
        ++m_page;
        m_used = 0;
        if (m_painter)
            paintFrame();
        return true;
    }

    // The slice [from, to) of the document, placed `at` below the top of the body.
    void paint(QTextDocument& doc, double from, double to, double at)
    {
        if (!m_painter || to <= from)
            return;
        const QRectF& body = m_geometry.body;
        const QRectF clip(0, from, body.width(), to - from);
        m_painter->save();
        m_painter->translate(body.left(), body.top() + at - from);
        m_painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // Slightly inside the painter's clip: Qt draws a block or line that only touches the
        // clip's edge, which would put text of the next slice into this page's text.
        context.clip = clip.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(m_painter, context);
        m_painter->restore();
    }

    void paintFrame()
    {
        QPainter& p = *m_painter;
        const Geometry& g = m_geometry;
        p.save();
        p.setPen(QPen(Qt::black, g.mm(0.25)));
        p.setBrush(Qt::NoBrush);

        const QFont marking = baseFont(11, true);
        const QFont small = baseFont(8);
        const QFont smallBold = baseFont(8, true);
        const QString synthetic = PackRenderer::tr("SYNTHETIC DATA");

        // Header: the marking, the synthetic notice, a rule.
        p.setFont(marking);
        p.drawText(g.header, Qt::AlignHCenter | Qt::AlignTop, m_content.marking);
        if (m_content.synthetic) {
            p.setFont(smallBold);
            QRectF line = g.header;
            line.setTop(g.header.top() + QFontMetricsF(marking, &m_device).height() + g.mm(0.5));
            p.drawText(line, Qt::AlignHCenter | Qt::AlignTop, synthetic);
        }
        p.drawLine(QPointF(g.header.left(), g.header.bottom()),
                   QPointF(g.header.right(), g.header.bottom()));

        // Footer: a rule, the synthetic notice, then identifier, marking and page number on
        // the last line, so that the marking is the outermost text at top and bottom.
        p.drawLine(QPointF(g.footer.left(), g.footer.top()),
                   QPointF(g.footer.right(), g.footer.top()));
        p.setFont(marking);
        p.drawText(g.footer, Qt::AlignHCenter | Qt::AlignBottom, m_content.marking);
        p.setFont(small);
        p.drawText(g.footer, Qt::AlignLeft | Qt::AlignBottom, m_content.identifier);
        p.drawText(g.footer, Qt::AlignRight | Qt::AlignBottom,
                   PackRenderer::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
        // Above it, where the copy came from and when it must be destroyed (issue 10).
        QRectF handling = g.footer;
        handling.setBottom(g.footer.bottom() - QFontMetricsF(marking, &m_device).height() -
                           g.mm(0.5));
        p.setFont(small);
        p.drawText(handling, Qt::AlignHCenter | Qt::AlignBottom, handlingLine(small, g.footer));
        if (m_content.synthetic) {
            p.setFont(smallBold);
            QRectF line = handling;
            line.setBottom(handling.bottom() - QFontMetricsF(small, &m_device).height() -
                           g.mm(0.5));
            p.drawText(line, Qt::AlignHCenter | Qt::AlignBottom, synthetic);
        }
        p.restore();
    }

    // The handling line, with a long purpose shortened so that the recipient, the agreement
    // and the destroy-by date always fit on the line.
    QString handlingLine(const QFont& font, const QRectF& area) const
    {
        const QFontMetricsF metrics(font, &m_device);
        QString line = PackHtml::handlingLine(m_content);
        if (metrics.horizontalAdvance(line) <= area.width())
            return line;
        const double rest =
            metrics.horizontalAdvance(PackHtml::handlingLine(m_content, QStringLiteral("\u2026")));
        const QString purpose = metrics.elidedText(m_content.purpose, Qt::ElideRight,
                                                   std::max(0.0, area.width() - rest));
        return PackHtml::handlingLine(m_content,
                                      purpose.isEmpty() ? QStringLiteral("\u2026") : purpose);
    }

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    const PackContent& m_content;
    Geometry m_geometry;
    int m_totalPages;
    const std::atomic_bool* m_cancel;
    int m_page = 0;
    int m_startPage = 0;
    double m_used = 0;
};

} // namespace

PackRenderer::PackRenderer(PackContent content)
    : m_content(std::move(content))
{
}

PackRenderer::PackRenderer(PackContent content, QList<PackFragment> fragments, QString title)
    : m_content(std::move(content))
    , m_fragments(std::move(fragments))
    , m_title(std::move(title))
{
}

void PackRenderer::applyPageLayout(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kSideMarginMm, kMarginMm, kSideMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
}

QString PackRenderer::documentTitle() const
{
    const i18n::ScopedLanguage language(m_content.language);
    if (!m_title.isEmpty())
        return m_title;
    return tr("Review pack %1 (%2)").arg(m_content.identifier, m_content.marking);
}

PackRenderer::Result PackRenderer::render(QPagedPaintDevice& device, const ProgressFn& progress,
                                          const std::atomic_bool* cancel)
{
    const i18n::ScopedLanguage language(m_content.language); // this thread only
    QList<PackFragment> fragments = m_fragments ? *m_fragments : PackHtml::fragments(m_content);
    const int total = static_cast<int>(fragments.size()) * 2;
    int done = 0;
    auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };

    // Pass 1: lay out, count pages and find where each nominal's section starts. The laid-out
    // documents are kept for pass 2 (layout is two thirds of the work), up to a bound so that
    // a very large batch does not hold every section in memory at once.
    QList<int> startPages(m_content.nominals.size(), 0);
    int totalPages = 0;
    std::vector<Flow::Laid> laid(static_cast<std::size_t>(fragments.size()));
    {
        Flow counting(device, nullptr, m_content, 0, cancel);
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            const PackFragment& f = fragments.at(i);
            Flow::Laid l = counting.layOut(f.html);
            if (!counting.add(f, l))
                return {true, 0};
            if (f.kind == PackFragment::Kind::Nominal)
                startPages[f.nominalIndex] = counting.startPage();
            if (i < kKeepLaidOut && f.kind != PackFragment::Kind::Contents)
                laid[static_cast<std::size_t>(i)] = std::move(l);
            step();
        }
        totalPages = counting.page();
    }
    for (PackFragment& f : fragments)
        if (f.kind == PackFragment::Kind::Contents)
            f.html = PackHtml::contents(m_content, startPages);

    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(ErrorKind::Internal, tr("The pack could not be rendered: the output could "
                                            "not be opened for painting."));
    painter.setRenderHint(QPainter::TextAntialiasing);
    Flow painting(device, &painter, m_content, totalPages, cancel);
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        Flow::Laid& l = laid[static_cast<std::size_t>(i)];
        if (!l.doc)
            l = painting.layOut(fragments.at(i).html);
        if (!painting.add(fragments.at(i), l)) {
            painter.end();
            return {true, painting.page()};
        }
        const PackFragment& f = fragments.at(i);
        if (f.kind == PackFragment::Kind::Nominal &&
            painting.startPage() != startPages[f.nominalIndex])
            throw Error(ErrorKind::Internal,
                        tr("The pack's contents would name the wrong page for %1 (page %2; it "
                           "starts on page %3).")
                            .arg(m_content.nominals.at(f.nominalIndex).nominal.reference)
                            .arg(startPages[f.nominalIndex])
                            .arg(painting.startPage()));
        l = Flow::Laid();
        step();
    }
    painter.end();
    if (painting.page() != totalPages)
        throw Error(ErrorKind::Internal, tr("The pack's page count changed between layout "
                                            "passes (%1, then %2).")
                                             .arg(totalPages)
                                             .arg(painting.page()));
    return {false, totalPages};
}

PackRenderer::Result PackRenderer::renderPdf(QIODevice& out, const ProgressFn& progress,
                                             const std::atomic_bool* cancel)
{
    QPdfWriter writer(&out);
    writer.setResolution(kPdfResolution);
    writer.setTitle(documentTitle());
    writer.setCreator(QStringLiteral("Corroborate %1").arg(QStringLiteral(CORROBORATE_VERSION)));
    applyPageLayout(writer);
    return render(writer, progress, cancel);
}

QByteArray PackRenderer::renderPdf(Result* result, const ProgressFn& progress,
                                   const std::atomic_bool* cancel)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result r = renderPdf(buffer, progress, cancel);
    buffer.close();
    if (result)
        *result = r;
    if (r.cancelled)
        bytes.clear();
    return bytes;
}

} // namespace corroborate
