#include "RecallService.h"

#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "sharing/DisclosureRegister.h"
#include "store/CaseFile.h"
#include "store/Database.h"
#include "workflow/ProtectiveMarking.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <algorithm>

namespace corroborate {

namespace {
QString dateOf(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.date(), QStringLiteral("d MMMM yyyy")) : isoUtc;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString noticeHtml(const RecallNotice& n)
{
    QString what;
    QString todo;
    if (n.event == u"restricted") {
        what = RecallService::tr("The processing of the record with reference %1 has been "
                                 "restricted: it may no longer be used.")
                   .arg(n.reference);
        todo = RecallService::tr("Stop using the pack at once, destroy every copy of it (paper "
                                 "and electronic, including extracts), and confirm to the force "
                                 "that you have done so, quoting the pack identifier %1.")
                   .arg(n.pack);
    } else if (n.event == u"corrected") {
        what = RecallService::tr("The record with reference %1 has been corrected since the "
                                 "pack was supplied: what the pack says about it is out of "
                                 "date or wrong.")
                   .arg(n.reference);
        todo = RecallService::tr("Destroy every copy of the pages about reference %1 (paper and "
                                 "electronic, including extracts) and confirm to the force that "
                                 "you have done so, quoting the pack identifier %2. Ask the "
                                 "force for the corrected pages if you still need them for the "
                                 "agreed purpose.")
                   .arg(n.reference, n.pack);
    } else {
        what = RecallService::tr("The person with reference %1 has been removed from the list "
                                 "and their record erased. They must no longer be treated as "
                                 "being on the list.")
                   .arg(n.reference);
        todo = RecallService::tr("Destroy every copy of the pack (paper and electronic, "
                                 "including extracts and notes taken from it) and confirm to "
                                 "the force that you have done so, quoting the pack identifier "
                                 "%1. Do not contact anyone about this notice.")
                   .arg(n.pack);
    }
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(RecallService::tr("Recall notice")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(RecallService::tr("Data Protection Act 2018, section 48: notice to the "
                                        "recipient of a disclosure.")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    const auto row = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    row(RecallService::tr("To"), n.recipient);
    row(RecallService::tr("Pack"), n.pack);
    row(RecallService::tr("Supplied on"), dateOf(n.madeAt));
    if (!n.agreement.isEmpty())
        row(RecallService::tr("Under agreement"), n.agreement);
    row(RecallService::tr("Reference concerned"), n.reference);
    row(RecallService::tr("Notice number"), QString::number(n.id));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(RecallService::tr("What happened")), esc(what));
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(RecallService::tr("What you must do")), esc(todo));
    return h;
}
} // namespace

QString RecallService::wireName(RecallEvent event)
{
    switch (event) {
    case RecallEvent::Erased:
        return QStringLiteral("erased");
    case RecallEvent::Restricted:
        return QStringLiteral("restricted");
    case RecallEvent::Corrected:
        return QStringLiteral("corrected");
    }
    return QStringLiteral("erased");
}

int RecallService::raise(const QString& reference, RecallEvent event, const QString& actor)
{
    SharingRepository repo(m_db);
    const QList<qint64> disclosures = repo.unconfirmedDisclosuresOf(reference);
    if (disclosures.isEmpty())
        return 0;
    const QString now = Time::nowUtc();
    QStringList numbers;
    for (const qint64 id : disclosures) {
        repo.insertRecall(id, reference, wireName(event), now);
        numbers << QString::number(id);
    }
    AuditLog(m_db).append(
        actor, AuditAction::Sharing, reference,
        QStringLiteral("recall notices raised (%1)").arg(wireName(event)),
        QStringLiteral("disclosure(s) %1").arg(numbers.join(QStringLiteral(", "))));
    return static_cast<int>(disclosures.size());
}

QList<RecallNotice> RecallService::pending()
{
    return SharingRepository(m_db).pendingRecalls();
}

QList<RecallNotice> RecallService::all()
{
    return SharingRepository(m_db).allRecalls();
}

QString RecallService::fileNameOf(const RecallNotice& n)
{
    QString pack = n.pack;
    pack.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("recall-%1-%2.pdf").arg(n.id).arg(pack);
}

QByteArray RecallService::renderPdf(const RecallNotice& notice, const QString& marking)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setTitle(tr("Recall notice %1 for pack %2").arg(notice.id).arg(notice.pack));
    writer.setCreator(QStringLiteral("Corroborate %1").arg(QStringLiteral(CORROBORATE_VERSION)));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 10, 15, 10), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer))
        throw Error(ErrorKind::Internal, tr("The recall notice could not be rendered."));
    const double w = writer.width();
    const double h = writer.height();
    const double mm = writer.logicalDpiY() / 25.4;
    QFont markingFont(QStringLiteral("DejaVu Sans"));
    markingFont.setPointSizeF(11);
    markingFont.setBold(true);
    markingFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    p.setFont(markingFont);
    p.drawText(QRectF(0, 0, w, 10 * mm), Qt::AlignHCenter | Qt::AlignTop, marking);
    p.drawText(QRectF(0, h - 10 * mm, w, 10 * mm), Qt::AlignHCenter | Qt::AlignBottom, marking);
    p.drawLine(QPointF(0, 9 * mm), QPointF(w, 9 * mm));
    p.drawLine(QPointF(0, h - 9 * mm), QPointF(w, h - 9 * mm));

    QTextDocument doc;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    body.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    doc.setDefaultFont(body);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setTextWidth(w);
    doc.setHtml(noticeHtml(notice));
    p.translate(0, 14 * mm);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&p, ctx);
    p.end();
    buffer.close();
    return bytes;
}

QList<RecallService::Issued> RecallService::issue(CaseFile& file, const QString& directory,
                                                  const User& actor)
{
    DisclosureRegister::requireManager(actor);
    const QList<RecallNotice> notices = pending();
    if (notices.isEmpty())
        return {};
    const QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        throw Error(
            ErrorKind::Usage,
            tr("Cannot create the folder %1. Choose a folder you can write to.").arg(directory));
    QList<std::pair<qint64, QString>> targets;
    for (const RecallNotice& n : notices)
        targets.append({n.id, dir.filePath(fileNameOf(n))});
    return issueTo(file, targets, actor);
}

QList<RecallService::Issued>
RecallService::issueTo(CaseFile& file, const QList<std::pair<qint64, QString>>& targets,
                       const User& actor)
{
    DisclosureRegister::requireManager(actor);
    const QList<RecallNotice> notices = pending();
    QList<Issued> out;
    for (const auto& [id, path] : targets) {
        const auto it = std::find_if(notices.cbegin(), notices.cend(),
                                     [id = id](const RecallNotice& n) { return n.id == id; });
        if (it == notices.cend())
            throw Error(ErrorKind::InvalidData,
                        tr("Recall notice %1 is not pending; nothing was written.").arg(id));
        if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
            throw Error(ErrorKind::Conflict,
                        tr("%1 already exists; recall notices never overwrite a file. Choose "
                           "another folder. Nothing was written.")
                            .arg(path));
        out << Issued{*it, path};
    }
    if (out.isEmpty())
        return out;
    const QString marking = ProtectiveMarking::of(file);
    Transaction tx(m_db);
    SharingRepository repo(m_db);
    const QString now = Time::nowUtc();
    QStringList written;
    try {
        for (const Issued& i : out) {
            const QByteArray pdf = renderPdf(i.notice, marking);
            QFile f(i.path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                throw Error(QFileInfo::exists(i.path) ? ErrorKind::Conflict : ErrorKind::Usage,
                            tr("Cannot create %1: %2.").arg(i.path, f.errorString()));
            written << i.path;
            if (f.write(pdf) != pdf.size() || !f.flush())
                throw Error(ErrorKind::Internal,
                            tr("Cannot write %1: %2.").arg(i.path, f.errorString()));
            f.close();
            if (!repo.markIssued(i.notice.id, now, actor.username))
                throw Error(ErrorKind::Conflict,
                            tr("Recall notice %1 was issued meanwhile by someone else; nothing "
                               "was recorded.")
                                .arg(i.notice.id));
            AuditLog(m_db).append(
                actor.username, AuditAction::Sharing,
                QStringLiteral("disclosure:%1").arg(i.notice.disclosureId),
                QStringLiteral("recall notice issued"),
                QStringLiteral("notice %1 to %2 for %3 (%4, %5)")
                    .arg(i.notice.id)
                    .arg(i.notice.recipient, i.notice.pack, i.notice.reference, i.notice.event));
        }
        tx.commit();
    } catch (...) {
        for (const QString& path : written)
            QFile::remove(path);
        throw;
    }
    return out;
}

} // namespace corroborate
