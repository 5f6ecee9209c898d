#include "OversightPdf.h"

#include "OversightGroups.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace corroborate {

namespace {

// Points (the writer runs at 72 dots per inch): A4 is 595 x 842.
constexpr double kPageWidth = 595.0;
constexpr double kPageHeight = 842.0;
constexpr double kSide = 42.0;
constexpr double kBodyTop = 66.0;
constexpr double kBodyBottom = kPageHeight - 66.0;
constexpr double kBodyWidth = kPageWidth - 2 * kSide;

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures, so the text extracts as typed ("sign-off", not a ligature character).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// One thing on a page: a height and how to paint it at a y.
struct Item
{
    double height = 0;
    std::function<void(QPainter&, double y)> paint;
    const Item* header = nullptr; // a table row: the header to repeat on a new page
    double keepWithNext = 0;      // a table's title: room wanted for its header and first row
};

// Measures text as the 72 dpi writer will lay it out.
const QPaintDevice& metricsDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(2835); // 72 dots per inch
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return device;
}

double wrappedHeight(const QString& text, const QFont& f, double width)
{
    const QFontMetricsF fm(f, &metricsDevice());
    return fm.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
}

class Layout
{
public:
    std::vector<std::unique_ptr<Item>> items;

    Item* add(double height, std::function<void(QPainter&, double)> paint)
    {
        auto item = std::make_unique<Item>();
        item->height = height;
        item->paint = std::move(paint);
        items.push_back(std::move(item));
        return items.back().get();
    }

    Item* text(const QString& s, const QFont& f, double gapAfter = 4)
    {
        const double h = wrappedHeight(s, f, kBodyWidth);
        return add(h + gapAfter, [s, f](QPainter& p, double y) {
            p.setFont(f);
            p.drawText(QRectF(kSide, y, kBodyWidth, 10000), Qt::TextWordWrap, s);
        });
    }

    // A table: label columns share what the value columns leave.
    void table(const QString& title, const QStringList& labelColumns,
               const QStringList& valueColumns, const QList<QStringList>& labels,
               const QList<QStringList>& values, const QList<bool>& totals)
    {
        const QFont body = font(7.5);
        const QFont bold = font(7.5, true);
        const double valueWidth = 64;
        const double labelWidth =
            (kBodyWidth - valueWidth * static_cast<double>(valueColumns.size())) /
            static_cast<double>(std::max<qsizetype>(1, labelColumns.size()));
        QList<double> xs;
        double x = kSide;
        for (qsizetype i = 0; i < labelColumns.size() + valueColumns.size(); ++i) {
            xs << x;
            x += i < labelColumns.size() ? labelWidth : valueWidth;
        }
        const qsizetype labelCount = labelColumns.size();
        const auto widthOf = [labelCount, labelWidth, valueWidth](qsizetype i) {
            return i < labelCount ? labelWidth : valueWidth;
        };
        Item* titleItem = text(title, font(10, true), 3);
        QStringList heads;
        for (const QString& c : labelColumns + valueColumns)
            heads << OversightTables::columnLabel(c);
        double headHeight = 0;
        for (qsizetype i = 0; i < heads.size(); ++i)
            headHeight = std::max(headHeight, wrappedHeight(heads[i], bold, widthOf(i) - 4));
        headHeight += 4;
        Item* header = add(headHeight, [=](QPainter& p, double y) {
            p.setFont(bold);
            for (qsizetype i = 0; i < heads.size(); ++i)
                p.drawText(QRectF(xs[i] + 2, y + 1, widthOf(i) - 4, headHeight),
                           Qt::TextWordWrap | (i < labelCount ? Qt::AlignLeft : Qt::AlignRight),
                           heads[i]);
            p.setPen(QPen(Qt::black, 0.6));
            p.drawLine(QPointF(kSide, y + headHeight), QPointF(kSide + kBodyWidth, y + headHeight));
        });
        for (qsizetype r = 0; r < labels.size(); ++r) {
            QStringList cells = labels[r] + values[r];
            const QFont f = totals[r] ? bold : body;
            double h = 0;
            for (qsizetype i = 0; i < cells.size(); ++i)
                h = std::max(h, wrappedHeight(cells[i], f, widthOf(i) - 4));
            h += 3;
            const bool isTotal = totals[r];
            Item* row = add(h, [=](QPainter& p, double y) {
                p.setFont(f);
                p.setPen(Qt::black);
                for (qsizetype i = 0; i < cells.size(); ++i)
                    p.drawText(QRectF(xs[i] + 2, y + 1.5, widthOf(i) - 4, h),
                               Qt::TextWordWrap | (i < labelCount ? Qt::AlignLeft : Qt::AlignRight),
                               cells[i]);
                p.setPen(QPen(isTotal ? Qt::black : Qt::gray, isTotal ? 0.6 : 0.3));
                p.drawLine(QPointF(kSide, y + h), QPointF(kSide + kBodyWidth, y + h));
            });
            row->header = header;
            if (r == 0)
                titleItem->keepWithNext = headHeight + h;
        }
        add(10, [](QPainter&, double) {});
    }
};

// Bars per ethnic group: the share of those listed beside the share of the population.
void paintEthnicityChart(QPainter& p, double y, double height, const OversightTables& t)
{
    const ReportTable* table = t.table(QStringLiteral("by_ethnicity"));
    const OversightReport& r = t.report();
    p.setFont(font(10, true));
    p.drawText(QRectF(kSide, y, kBodyWidth, 16), Qt::AlignLeft,
               OversightPdf::tr("Listed by ethnic group, as a share of those listed, with the "
                                "population baseline beside it"));
    const double top = y + 22;
    const double bottom = y + height - 40;
    const double left = kSide + 30;
    const double right = kSide + kBodyWidth;
    p.setPen(QPen(Qt::black, 0.6));
    p.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    p.drawLine(QPointF(left, top), QPointF(left, bottom));
    p.setFont(font(6.5));
    for (int pct = 0; pct <= 100; pct += 25) {
        const double yy = bottom - (bottom - top) * pct / 100.0;
        p.setPen(QPen(Qt::lightGray, 0.3));
        p.drawLine(QPointF(left, yy), QPointF(right, yy));
        p.setPen(Qt::black);
        p.drawText(QRectF(kSide, yy - 5, 26, 10), Qt::AlignRight, QStringLiteral("%1%").arg(pct));
    }
    qint64 population = 0;
    for (const BaselineRow& b : r.baseline)
        population += b.population;
    const double listed = static_cast<double>(r.totals.listed);
    const qsizetype groups = table ? table->rows.size() - 1 : 0; // without Total
    const double slot = (right - left) / static_cast<double>(std::max<qsizetype>(1, groups));
    const QColor listedColour(0x1f, 0x4e, 0x79);
    const QColor baselineColour(0xb0, 0xb7, 0xbf);
    for (qsizetype g = 0; g < groups; ++g) {
        const TableRow& row = table->rows[g];
        const double x = left + slot * static_cast<double>(g);
        const double barWidth = std::min(26.0, slot / 3);
        const Cell& c = row.cells[0];
        if (!c.hidden() && listed > 0) {
            const double share = c.value / listed;
            const double h = (bottom - top) * share;
            p.fillRect(QRectF(x + slot / 2 - barWidth, bottom - h, barWidth, h), listedColour);
            p.setPen(Qt::black);
            p.drawText(QRectF(x + slot / 2 - barWidth - 10, bottom - h - 10, barWidth + 20, 10),
                       Qt::AlignHCenter, QStringLiteral("%1%").arg(share * 100, 0, 'f', 0));
        } else if (c.hidden()) {
            p.setPen(Qt::black);
            p.drawText(QRectF(x + slot / 2 - barWidth - 14, bottom - 12, barWidth + 28, 10),
                       Qt::AlignHCenter, c.text());
        }
        if (const std::optional<qint64> pop = r.populationOf(row.labels.first());
            pop && population > 0) {
            const double share = static_cast<double>(*pop) / static_cast<double>(population);
            const double h = (bottom - top) * share;
            p.fillRect(QRectF(x + slot / 2 + 1, bottom - h, barWidth, h), baselineColour);
            p.setPen(Qt::black);
            p.drawText(QRectF(x + slot / 2 - 9, bottom - h - 10, barWidth + 20, 10),
                       Qt::AlignHCenter, QStringLiteral("%1%").arg(share * 100, 0, 'f', 0));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(x + 2, bottom + 3, slot - 4, 30), Qt::AlignHCenter | Qt::TextWordWrap,
                   row.labels.first().section(QLatin1Char(','), 0, 0));
    }
    // Legend.
    const double ly = y + height - 10;
    p.fillRect(QRectF(left, ly - 7, 8, 8), listedColour);
    p.drawText(QRectF(left + 11, ly - 8, 150, 10), Qt::AlignLeft,
               OversightPdf::tr("Listed (share of all listed)"));
    if (population > 0) {
        p.fillRect(QRectF(left + 170, ly - 7, 8, 8), baselineColour);
        p.drawText(QRectF(left + 181, ly - 8, 200, 10), Qt::AlignLeft,
                   OversightPdf::tr("Population baseline (share)"));
    } else {
        p.drawText(QRectF(left + 170, ly - 8, 300, 10), Qt::AlignLeft,
                   OversightPdf::tr("No population baseline is set."));
    }
}

// Additions and removals by month: two lines; hidden months are gaps.
void paintMonthlyChart(QPainter& p, double y, double height, const OversightTables& t)
{
    const ReportTable* table = t.table(QStringLiteral("monthly"));
    p.setFont(font(10, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(kSide, y, kBodyWidth, 16), Qt::AlignLeft,
               OversightPdf::tr("Additions and removals by month"));
    if (!table)
        return;
    const qsizetype months = table->rows.size() - 1;
    const double top = y + 22;
    const double bottom = y + height - 38;
    const double left = kSide + 30;
    const double right = kSide + kBodyWidth;
    double most = 5;
    for (qsizetype m = 0; m < months; ++m)
        for (const Cell& c : table->rows[m].cells)
            if (!c.hidden())
                most = std::max(most, c.value);
    // Four gridlines at a round step (1, 2 or 5 times a power of ten).
    const double rough = most / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double tick = power;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * power >= rough) {
            tick = f * power;
            break;
        }
    const double ceiling = 4 * tick;
    p.setFont(font(6.5));
    for (int i = 0; i <= 4; ++i) {
        const double v = ceiling * i / 4.0;
        const double yy = bottom - (bottom - top) * i / 4.0;
        p.setPen(QPen(Qt::lightGray, 0.3));
        p.drawLine(QPointF(left, yy), QPointF(right, yy));
        p.setPen(Qt::black);
        p.drawText(QRectF(kSide - 4, yy - 5, 30, 10), Qt::AlignRight, QString::number(v, 'f', 0));
    }
    p.setPen(QPen(Qt::black, 0.6));
    p.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    const double dx = (right - left) / static_cast<double>(std::max<qsizetype>(1, months - 1));
    for (qsizetype m = 0; m < months; m += 3) {
        p.drawText(QRectF(left + dx * static_cast<double>(m) - 20, bottom + 3, 40, 10),
                   Qt::AlignHCenter, table->rows[m].labels.first());
    }
    const QColor colours[2] = {QColor(0x1f, 0x4e, 0x79), QColor(0xc0, 0x39, 0x2b)};
    for (int series = 0; series < 2; ++series) {
        p.setPen(QPen(colours[series], 1.4));
        QPainterPath path;
        bool open = false;
        for (qsizetype m = 0; m < months; ++m) {
            const Cell& c = table->rows[m].cells[series];
            if (c.hidden()) {
                open = false;
                continue;
            }
            const QPointF pt(left + dx * static_cast<double>(m),
                             bottom - (bottom - top) * c.value / ceiling);
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.drawPath(path);
    }
    const double ly = y + height - 12;
    p.setFont(font(6.5));
    p.fillRect(QRectF(left, ly - 5, 14, 2), colours[0]);
    p.setPen(Qt::black);
    p.drawText(QRectF(left + 18, ly - 8, 80, 10), Qt::AlignLeft, OversightPdf::tr("Added"));
    p.fillRect(QRectF(left + 100, ly - 5, 14, 2), colours[1]);
    p.drawText(QRectF(left + 118, ly - 8, 300, 10), Qt::AlignLeft,
               OversightPdf::tr("Removed (a gap: fewer than 5, or suppressed)"));
}

} // namespace

QString OversightPdf::documentTitle(const OversightReport& report, const QString& marking)
{
    return tr("Oversight report as at %1 (%2)").arg(report.asOf.toString(Qt::ISODate), marking);
}

QByteArray OversightPdf::render(const OversightTables& t, const Options& options, int* pages)
{
    const OversightReport& r = t.report();
    Layout layout;
    layout.text(tr("Oversight report"), font(17, true), 2);
    layout.text(tr("As at %1 · threshold policy version %2 · %3 listed")
                    .arg(r.asOf.toString(Qt::ISODate))
                    .arg(r.policyVersion)
                    .arg(t.total(QStringLiteral("listed")).text()),
                font(9), 6);
    layout.text(t.exact()
                    ? tr("Exact counts: for internal analysis only.")
                    : tr("Small numbers: counts from 1 to 4 are shown as \"fewer than 5\", and any "
                         "figure from which such a count could be worked back from a total is "
                         "shown as \"suppressed\". Removals come from anonymous tallies taken at "
                         "erasure (month, area, ethnic group, gender, age band, reason)."),
                font(7.5), 10);
    {
        QList<QStringList> labels, values;
        QList<bool> totals;
        for (const auto& [key, cell] : t.totals()) {
            labels << QStringList{OversightTables::totalLabel(key)};
            values << QStringList{cell.text(1)};
            totals << false;
        }
        layout.table(tr("The list now"), {QStringLiteral("figure")}, {QStringLiteral("value")},
                     labels, values, totals);
    }
    layout.add(230, [&t](QPainter& p, double y) { paintEthnicityChart(p, y, 230, t); });
    layout.add(210, [&t](QPainter& p, double y) { paintMonthlyChart(p, y, 210, t); });

    for (const ReportTable& table : t.tables()) {
        // Wide tables (ethnicity with rates) print as two tables: counts, then rates.
        const qsizetype countColumns = std::min<qsizetype>(table.valueColumns.size(), 4);
        const auto part = [&](qsizetype from, qsizetype to, const QString& title) {
            QList<QStringList> labels, values;
            QList<bool> totals;
            for (const TableRow& row : table.rows) {
                if (from > 0 && row.isTotal)
                    continue;
                labels << row.labels;
                QStringList v;
                for (qsizetype i = from; i < to; ++i)
                    v << row.cells[i].text(
                        table.valueColumns[i].contains(QLatin1String("ratio")) ? 2 : 1);
                values << v;
                totals << row.isTotal;
            }
            layout.table(title, table.labelColumns, table.valueColumns.mid(from, to - from), labels,
                         values, totals);
        };
        part(0, countColumns, table.title);
        if (table.valueColumns.size() > countColumns)
            part(countColumns, table.valueColumns.size(),
                 tr("Disproportionality against the population baseline"));
        if (table.key == QLatin1String("sign_off"))
            layout.text(
                tr("Days from proposal to decision: median %1, 90th percentile %2.")
                    .arg(t.daysMedian().state == CellState::Empty ? tr("none")
                                                                  : t.daysMedian().text(1),
                         t.daysP90().state == CellState::Empty ? tr("none") : t.daysP90().text(1)),
                font(7.5), 10);
    }

    // Pass 1: pages.
    struct Placed
    {
        const Item* item;
        int page;
        double y;
    };
    QList<Placed> placed;
    int page = 1;
    double y = kBodyTop;
    for (const auto& item : layout.items) {
        const bool isRow = item->header != nullptr;
        const double need = item->height + item->keepWithNext;
        // A row starting a new page has its table's header repeated above it.
        if (y + need > kBodyBottom && y > kBodyTop) {
            ++page;
            y = kBodyTop;
            if (isRow) {
                placed << Placed{item->header, page, y};
                y += item->header->height;
            }
        }
        placed << Placed{item.get(), page, y};
        y += item->height;
    }
    const int total = page;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(documentTitle(r, options.marking));
        writer.setCreator(QStringLiteral("Corroborate"));
        QPainter p(&writer);
        int current = 0;
        const auto furniture = [&](int n) {
            p.setPen(Qt::black);
            p.setFont(font(11, true));
            p.drawText(QRectF(kSide, 18, kBodyWidth, 16), Qt::AlignHCenter, options.marking);
            if (options.synthetic) {
                p.setFont(font(7.5, true));
                p.drawText(QRectF(kSide, 34, kBodyWidth, 12), Qt::AlignHCenter,
                           tr("SYNTHETIC DATA"));
            }
            p.setPen(QPen(Qt::black, 0.5));
            p.drawLine(QPointF(kSide, 52), QPointF(kSide + kBodyWidth, 52));
            p.drawLine(QPointF(kSide, kPageHeight - 56),
                       QPointF(kSide + kBodyWidth, kPageHeight - 56));
            p.setFont(font(7.5));
            p.drawText(QRectF(kSide, kPageHeight - 52, kBodyWidth, 12), Qt::AlignLeft,
                       tr("Oversight report as at %1").arg(r.asOf.toString(Qt::ISODate)));
            p.drawText(QRectF(kSide, kPageHeight - 52, kBodyWidth, 12), Qt::AlignRight,
                       tr("Page %1 of %2").arg(n).arg(total));
            p.setFont(font(11, true));
            p.drawText(QRectF(kSide, kPageHeight - 36, kBodyWidth, 16), Qt::AlignHCenter,
                       options.marking);
        };
        for (const Placed& pl : placed) {
            while (current < pl.page) {
                if (current > 0)
                    writer.newPage();
                ++current;
                furniture(current);
            }
            p.setPen(Qt::black);
            pl.item->paint(p, pl.y);
        }
        p.end();
    }
    if (pages)
        *pages = total;
    return buffer.data();
}

} // namespace corroborate
