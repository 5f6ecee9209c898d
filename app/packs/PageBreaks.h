#pragma once

#include <QAbstractTextDocumentLayout>
#include <QRectF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace corroborate {

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

} // namespace corroborate
