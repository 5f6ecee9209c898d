#include "PackRenderer.h"

#include "PackHtml.h"
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
constexpr double kFooterMm = 13.0;     // a rule, synthetic line, then the footer line
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

// Where a document may be cut between pages. Each fragment is laid out once, unpaginated, at
// the body's width; the pack then cuts it into page-high slices only at these places:
// between top-level blocks (never straight after a heading), and between table rows (never
// between a table's header row and its first row), so that no line of text and no row is cut.
// A cut inside a table repeats the table's header row at the top of the next page.
//
// Positions come from the text blocks only: in Qt 6.4 a table's frameBoundingRect() starts at
// its first row's text (below the top rule) and runs past its bottom, and the empty block Qt
// puts after a table reports a position inside the table. So a table's extent is taken from
// its cells' text plus half the space between two rows (padding, rule, padding).
class PageBreaks
{
public:
    struct Table
    {
        double top = 0;        // top rule included
        double bottom = 0;     // bottom rule included
        double headerEnd = -1; // end of a repeated header's slice; < 0: no header row
        double headerMid = 0;  // the rule under the header row
    };
    struct Break
    {
        double end = 0;   // this page's slice ends here
        double start = 0; // the next page's slice starts here
        int table = -1;   // the table the cut is in, if any
    };

    // `rule`: a little more than half the widest rule; `scale`: device pixels per CSS pixel.
    PageBreaks(QTextDocument& doc, double rule, double scale)
        : m_rule(rule)
        , m_scale(scale)
    {
        QAbstractTextDocumentLayout& layout = *doc.documentLayout();
        struct Element
        {
            double top = 0;
            double bottom = 0;
            bool heading = false;
        };
        std::vector<Element> elements;
        bool afterTable = false;
        for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* frame = it.currentFrame()) {
                if (auto* table = qobject_cast<QTextTable*>(frame)) {
                    const Table& t = addTable(layout, *table);
                    elements.push_back({t.top, t.bottom, false});
                    afterTable = true;
                }
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (afterTable && block.text().isEmpty()) {
                afterTable = false;
                continue;
            }
            afterTable = false;
            const QRectF r = layout.blockBoundingRect(block);
            elements.push_back({r.top(), r.bottom(), block.blockFormat().headingLevel() > 0});
            addLines(layout, block);
        }
        for (std::size_t i = 1; i < elements.size(); ++i) {
            if (elements[i - 1].heading)
                continue; // keep a heading with what follows it
            const double above = elements[i - 1].bottom;
            const double below = elements[i].top;
            const double y = below >= above ? (above + below) / 2 : below;
            m_breaks.push_back({y, y, -1});
        }
        std::sort(m_breaks.begin(), m_breaks.end(),
                  [](const Break& a, const Break& b) { return a.end < b.end; });
        for (const Element& e : elements)
            m_end = std::max(m_end, e.bottom);
    }

    const Table& table(int index) const { return m_tables.at(static_cast<std::size_t>(index)); }
    // Where the content ends (the document's own height runs on past it).
    double end() const { return m_end; }

    // The last good cut after `from` whose slice ends by `limit`; failing that, a cut at the
    // last line boundary by `limit`.
    Break cut(double from, double limit) const
    {
        const Break* best = nullptr;
        for (const Break& b : m_breaks) {
            if (b.end > limit)
                break;
            if (b.start > from + m_rule)
                best = &b;
        }
        if (best)
            return *best;
        // Nothing cuts between rows or top-level blocks (a row or paragraph taller than the
        // room): cut at a block boundary inside it, where no block is cut through. (Qt draws
        // the line before a clip with the text after it, so a block cut through would have
        // lines in the PDF's text twice.)
        double y = -1;
        for (const auto& [top, bottom] : m_blocks) {
            for (const double candidate : {top, bottom}) {
                if (candidate <= from + m_rule || candidate > limit || candidate <= y)
                    continue;
                const bool through = std::any_of(m_blocks.begin(), m_blocks.end(), [&](auto b) {
                    return b.first < candidate && candidate < b.second;
                });
                if (!through)
                    y = candidate;
            }
        }
        if (y > 0)
            return {y, y, tableAt(y)};
        // Failing that, between lines.
        y = limit;
        for (bool moved = true; moved;) {
            moved = false;
            for (const auto& [top, bottom] : m_lines)
                if (top < y && y < bottom && top > from) {
                    y = top;
                    moved = true;
                }
        }
        if (y <= from + m_rule)
            y = limit; // one line taller than a page: cut it
        return {y, y, tableAt(y)};
    }

private:
    void addLines(QAbstractTextDocumentLayout& layout, const QTextBlock& block)
    {
        if (block.text().isEmpty())
            return;
        const QRectF r = layout.blockBoundingRect(block);
        m_blocks.push_back({r.top(), r.bottom()});
        const QTextLayout* tl = block.layout();
        for (int i = 0; tl && i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            m_lines.push_back({r.top() + line.y(), r.top() + line.y() + line.height()});
        }
    }

    const Table& addTable(QAbstractTextDocumentLayout& layout, QTextTable& table)
    {
        const int rows = table.rows();
        const int cols = table.columns();
        const auto n = static_cast<std::size_t>(rows);
        std::vector<double> top(n, std::numeric_limits<double>::max());
        std::vector<double> bottom(n, std::numeric_limits<double>::lowest());
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const QTextTableCell cell = table.cellAt(r, c);
                if (!cell.isValid())
                    continue;
                const auto i = static_cast<std::size_t>(r);
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentFrame())
                        continue;
                    const QRectF b = layout.blockBoundingRect(it.currentBlock());
                    if (cell.row() == r)
                        top[i] = std::min(top[i], b.top());
                    if (cell.row() + cell.rowSpan() - 1 == r)
                        bottom[i] = std::max(bottom[i], b.bottom());
                    if (cell.row() == r && c == cell.column())
                        addLines(layout, it.currentBlock());
                }
            }
        }
        // Half the space between one row's text and the next: padding, rule, padding.
        const QTextTableFormat format = table.format();
        double half = (2 * format.cellPadding() + format.border()) * m_scale / 2;
        for (std::size_t i = 1; i < n; ++i)
            half = std::min(half, (top[i] - bottom[i - 1]) / 2);
        const auto mid = [&](std::size_t i) {
            return bottom[i - 1] + half;
        };

        Table t;
        t.top = top.front() - half - m_rule;
        t.bottom = bottom.back() + half + m_rule;
        const int headerRows = std::min(format.headerRowCount(), rows);
        if (headerRows > 0 && headerRows < rows) {
            t.headerMid = mid(static_cast<std::size_t>(headerRows));
            t.headerEnd = t.headerMid + m_rule;
        }
        m_tables.push_back(t);
        const int index = static_cast<int>(m_tables.size()) - 1;
        // No cut between the header and the first row under it.
        for (int r = std::max(1, headerRows + 1); r < rows; ++r) {
            const double m = mid(static_cast<std::size_t>(r));
            m_breaks.push_back({m + m_rule, m - m_rule, index});
        }
        return m_tables.back();
    }

    int tableAt(double y) const
    {
        for (std::size_t i = 0; i < m_tables.size(); ++i)
            if (m_tables[i].top < y && y < m_tables[i].bottom)
                return static_cast<int>(i);
        return -1;
    }

    double m_rule;
    double m_scale;
    double m_end = 0;
    std::vector<Break> m_breaks;
    std::vector<Table> m_tables;
    std::vector<std::pair<double, double>> m_lines;
    std::vector<std::pair<double, double>> m_blocks;
};

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
        if (m_content.synthetic) {
            p.setFont(smallBold);
            QRectF line = g.footer;
            line.setBottom(g.footer.bottom() - QFontMetricsF(marking, &m_device).height() -
                           g.mm(0.5));
            p.drawText(line, Qt::AlignHCenter | Qt::AlignBottom, synthetic);
        }
        p.restore();
    }

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    const PackContent& m_content;
    Geometry m_geometry;
    int m_totalPages;
    const std::atomic_bool* m_cancel;
    int m_page = 0;
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
                startPages[f.nominalIndex] = counting.page();
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
