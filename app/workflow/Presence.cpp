#include "Presence.h"

#include "core/Error.h"
#include "core/Time.h"
#include "store/CaseFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace corroborate {

namespace {
const QString kKey = QStringLiteral("open_by");
}

void Presence::signedIn(CaseFile& file, const QString& username)
{
    QJsonObject o;
    o.insert(QStringLiteral("user"), username);
    o.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    o.insert(QStringLiteral("since"), Time::nowUtc());
    o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    Transaction tx(file.db());
    file.setMeta(kKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    tx.commit();
}

void Presence::closed(CaseFile& file)
{
    const std::optional<Entry> e = current(file);
    if (!e || e->process != QCoreApplication::applicationPid() ||
        e->host != QSysInfo::machineHostName())
        return;
    Transaction tx(file.db());
    file.setMeta(kKey, QString());
    tx.commit();
}

std::optional<Presence::Entry> Presence::current(const CaseFile& file)
{
    const QJsonObject o = QJsonDocument::fromJson(file.meta(kKey).toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    Entry e;
    e.username = o.value(QStringLiteral("user")).toString();
    e.host = o.value(QStringLiteral("host")).toString();
    e.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    e.process = o.value(QStringLiteral("pid")).toInteger();
    if (e.username.isEmpty())
        return std::nullopt;
    return e;
}

QString Presence::describe(const Entry& e)
{
    const QLocale locale;
    const QDateTime local = e.since.toLocalTime();
    const QString when = tr("%1 at %2")
                             .arg(locale.toString(local.date(), QLocale::LongFormat),
                                  locale.toString(local.time(), QLocale::ShortFormat));
    return e.host.isEmpty() ? tr("%1, since %2").arg(e.username, when)
                            : tr("%1 on %2, since %3").arg(e.username, e.host, when);
}

} // namespace corroborate
