#include "ErasureService.h"

#include "sharing/RecallService.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Nominal.h"
#include "oversight/RemovalTallies.h"
#include "policy/CanonicalJson.h"
#include "store/CaseFile.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "workflow/FreeTextScrubber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace corroborate {

namespace {
const QString kFormat = QStringLiteral("corroborate-removal-decision");

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QStringList ErasureService::scrubProblems(CaseFile& file)
{
    QStringList problems;
    if (ErasureRepository(file.db()).scrubPending())
        problems << tr("an erasure's scrub is pending: earlier versions of erased data may remain "
                       "in the file or its write-ahead log until every other copy of Corroborate "
                       "has closed it; open the file again when they have");
    return problems;
}

QByteArray RemovalDecision::canonicalPayload() const
{
    QJsonObject o;
    o.insert(QLatin1String("format"), kFormat);
    o.insert(QLatin1String("version"), kFormatVersion);
    o.insert(QLatin1String("request_id"), requestId);
    o.insert(QLatin1String("reference"), reference);
    o.insert(QLatin1String("listed_on"), dateOrNull(listedOn));
    o.insert(QLatin1String("reason_code"), reasonCode);
    o.insert(QLatin1String("proposer"), proposer);
    o.insert(QLatin1String("proposed_at"), proposedAt);
    o.insert(QLatin1String("approver"), approver);
    o.insert(QLatin1String("approved_at"), approvedAt);
    o.insert(QLatin1String("approver_public_key"), QString::fromLatin1(approverPublicKey.toHex()));
    o.insert(QLatin1String("evaluation_hash"), evaluationHash);
    o.insert(QLatin1String("policy_version"), policyVersion);
    return CanonicalJson::serialise(o);
}

std::optional<RemovalDecision> RemovalDecision::fromPayload(const QString& payload,
                                                            QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<RemovalDecision> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("the signed decision is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != kFormat ||
        o.value(QLatin1String("version")).toInt() != kFormatVersion)
        return fail(tr("the signed decision is not a removal decision of format version %1")
                        .arg(kFormatVersion));
    static const QStringList keys{QStringLiteral("approved_at"),
                                  QStringLiteral("approver"),
                                  QStringLiteral("approver_public_key"),
                                  QStringLiteral("evaluation_hash"),
                                  QStringLiteral("format"),
                                  QStringLiteral("listed_on"),
                                  QStringLiteral("policy_version"),
                                  QStringLiteral("proposed_at"),
                                  QStringLiteral("proposer"),
                                  QStringLiteral("reason_code"),
                                  QStringLiteral("reference"),
                                  QStringLiteral("request_id"),
                                  QStringLiteral("version")};
    if (o.keys() != keys)
        return fail(tr("the signed decision does not have exactly the expected fields"));
    RemovalDecision d;
    d.requestId = o.value(QLatin1String("request_id")).toInteger();
    d.reference = o.value(QLatin1String("reference")).toString();
    d.listedOn = QDate::fromString(o.value(QLatin1String("listed_on")).toString(), Qt::ISODate);
    d.reasonCode = o.value(QLatin1String("reason_code")).toString();
    d.proposer = o.value(QLatin1String("proposer")).toString();
    d.proposedAt = o.value(QLatin1String("proposed_at")).toString();
    d.approver = o.value(QLatin1String("approver")).toString();
    d.approvedAt = o.value(QLatin1String("approved_at")).toString();
    d.approverPublicKey =
        QByteArray::fromHex(o.value(QLatin1String("approver_public_key")).toString().toLatin1());
    d.evaluationHash = o.value(QLatin1String("evaluation_hash")).toString();
    d.policyVersion = o.value(QLatin1String("policy_version")).toInt();
    // Only the canonical form is accepted: the same decision always has the same bytes.
    if (d.canonicalPayload() != payload.toUtf8())
        return fail(tr("the signed decision is not in canonical form"));
    return d;
}

ErasureRecord ErasureService::erase(const Nominal& nominal, const RemovalDecision& decision,
                                    const QString& signedPayload, const QByteArray& signature,
                                    const QString& actor)
{
    ErasureRepository erasures(m_db);
    if (!erasures.secureDeleteIsOn())
        throw Error(ErrorKind::Internal,
                    tr("Secure delete is not on for this case file, so an erasure could leave "
                       "the person's data in free space. Nothing was erased. Report this fault."));
    const ErasureRepository::Dependents dependents = erasures.dependentsOf(nominal.id);

    NominalRepository(m_db).erase(nominal.id);

    ErasureRecord record;
    record.reference = nominal.reference;
    record.listedOn = nominal.listedOn;
    record.proposedAt = decision.proposedAt;
    record.approvedAt = decision.approvedAt;
    record.erasedAt = decision.approvedAt;
    record.reasonCode = decision.reasonCode;
    record.proposer = decision.proposer;
    record.approver = decision.approver;
    record.signedPayload = signedPayload;
    record.signature = signature;
    record.id = erasures.insert(record);

    // Oversight (issue 12): the person counted in the anonymous removal tallies.
    RemovalTallies::recordErasure(m_db, nominal, decision.reasonCode, record.erasedAt);
    // Sharing (issue 10, DPA 2018 s.48): recall notices to recipients of earlier disclosures,
    // raised before the free-text scrub so the disclosures are found by reference.
    RecallService(m_db).raise(nominal.reference, RecallEvent::Erased, actor);
    // Free text (docs/DESIGN.md 15; hardening): the person's names, reference and date of birth are
    // redacted wherever they were typed; other nominals' intelligence is listed for review.
    const FreeTextScrubber::Result freeText = FreeTextScrubber(m_db).run(nominal, record.id);
    // Owed until scrub() has emptied the write-ahead log; the next open or last close
    // finishes it if this process cannot (killed, or another copy reading).
    erasures.markScrubPending();

    // References and counts only: the log outlives the person's data.
    AuditLog(m_db).append(actor, AuditAction::Erasure, nominal.reference, decision.reasonCode,
                          QStringLiteral("erased: nominal, %1 intelligence item(s), %2 review(s), "
                                         "%3 removal request(s); register entry %4; free text "
                                         "redacted in %5 field(s); %6 mention(s) in other "
                                         "nominals' intelligence listed for review")
                              .arg(dependents.intelligence)
                              .arg(dependents.reviews)
                              .arg(dependents.requests)
                              .arg(record.id)
                              .arg(freeText.redactedFields)
                              .arg(freeText.mentions.size()));
    return record;
}

QStringList ErasureService::scrub()
{
    QStringList problems;
    ErasureRepository erasures(m_db);
    // No FTS5 'optimize' is needed: with secure-delete the entry, and any term only it used,
    // is removed from the index's pages in place (tst_erasure_forensic checks the terms), and
    // rewriting every segment costs seconds on a full-size file.
    const CheckpointResult checkpoint = erasures.checkpoint();
    if (!checkpoint.complete) {
        // Recorded in the file, so the next open, the last close or the next erasure finishes
        // it, and verify reports it until then.
        erasures.setScrubPending(true);
        problems << tr("The erasure is pending: another copy of Corroborate is reading the case "
                       "file, so %n earlier page version(s) that hold the person's data stay in "
                       "it until that copy closes the file (or the file is next opened). Only "
                       "then is the person gone from the file; \"verify\" reports it until then.",
                       nullptr, checkpoint.framesLeft);
    } else {
        erasures.setScrubPending(false);
        erasures.checkpoint(); // the mark's own page version out of the log again
    }
    return problems;
}

QList<FreeTextMention> ErasureService::mentionsFor(qint64 erasureId)
{
    return FreeTextRepository(m_db).mentionsFor(erasureId);
}

QList<ErasureRegisterEntry> ErasureService::registerEntries()
{
    QList<ErasureRegisterEntry> out;
    ErasureRepository erasures(m_db);
    DisclosureLog disclosures(m_db);
    qint64 after = 0;
    for (;;) {
        const QList<ErasureRecord> page = erasures.page(after, 500);
        for (const ErasureRecord& r : page) {
            ErasureRegisterEntry e;
            e.record = r;
            e.signatureProblem = verify(r);
            e.disclosures = disclosures.forReference(r.reference);
            out << e;
        }
        if (page.size() < 500)
            break;
        after = page.last().id;
    }
    return out;
}

std::optional<ErasureRegisterEntry> ErasureService::entryFor(const QString& reference)
{
    const std::optional<ErasureRecord> r = ErasureRepository(m_db).forReference(reference);
    if (!r)
        return std::nullopt;
    ErasureRegisterEntry e;
    e.record = *r;
    e.signatureProblem = verify(*r);
    e.disclosures = DisclosureLog(m_db).forReference(r->reference);
    return e;
}

QString ErasureService::verify(const ErasureRecord& r)
{
    const QString who = tr("Erasure %1 (%2)").arg(r.id).arg(r.reference);
    QString problem;
    const std::optional<RemovalDecision> d =
        RemovalDecision::fromPayload(r.signedPayload, &problem);
    if (!d)
        return tr("%1: %2.").arg(who, problem);

    const auto differs = [&who](const QString& field, const QString& inRegister,
                                const QString& signedValue) {
        return tr("%1: the register's %2 (%3) differs from the signed decision (%4); the "
                  "register was altered.")
            .arg(who, field, inRegister, signedValue);
    };
    if (r.reference != d->reference)
        return differs(QStringLiteral("reference"), r.reference, d->reference);
    if (r.listedOn != d->listedOn)
        return differs(QStringLiteral("listed_on"), r.listedOn.toString(Qt::ISODate),
                       d->listedOn.toString(Qt::ISODate));
    if (r.proposedAt != d->proposedAt)
        return differs(QStringLiteral("proposed_at"), r.proposedAt, d->proposedAt);
    if (r.approvedAt != d->approvedAt)
        return differs(QStringLiteral("approved_at"), r.approvedAt, d->approvedAt);
    if (r.erasedAt != d->approvedAt)
        return differs(QStringLiteral("erased_at"), r.erasedAt, d->approvedAt);
    if (r.reasonCode != d->reasonCode)
        return differs(QStringLiteral("reason_code"), r.reasonCode, d->reasonCode);
    if (r.proposer != d->proposer)
        return differs(QStringLiteral("proposer"), r.proposer, d->proposer);
    if (r.approver != d->approver)
        return differs(QStringLiteral("approver"), r.approver, d->approver);
    if (d->approver.compare(d->proposer, Qt::CaseInsensitive) == 0)
        return tr("%1: the approver %2 also proposed the removal.").arg(who, d->approver);

    const std::optional<User> approver = Accounts(m_db).find(d->approver);
    if (!approver)
        return tr("%1: the approver %2 is not a user of this case file.").arg(who, d->approver);
    if (approver->signPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return tr("%1: the stored signing key of %2 is damaged.").arg(who, d->approver);
    if (d->approverPublicKey != approver->signPublicKey)
        return tr("%1: the decision names a signing key that is not %2's.").arg(who, d->approver);
    if (r.signature.size() != crypto_sign_BYTES)
        return tr("%1: the signature is missing or damaged.").arg(who);
    if (sodium_init() < 0)
        throw Error(ErrorKind::Internal, QStringLiteral("libsodium could not be initialised."));
    const QByteArray signedBytes = r.signedPayload.toUtf8();
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(r.signature.constData()),
            reinterpret_cast<const unsigned char*>(signedBytes.constData()),
            static_cast<unsigned long long>(signedBytes.size()),
            reinterpret_cast<const unsigned char*>(approver->signPublicKey.constData())) != 0)
        return tr("%1: the signature does not verify with %2's key: the signed decision was "
                  "altered or not signed by %2.")
            .arg(who, d->approver);
    return {};
}

QStringList ErasureService::verifySignatures()
{
    QStringList problems;
    ErasureRepository erasures(m_db);
    qint64 after = 0;
    for (;;) {
        const QList<ErasureRecord> page = erasures.page(after, 500);
        for (const ErasureRecord& r : page) {
            if (const QString p = verify(r); !p.isEmpty())
                problems << p;
        }
        if (page.size() < 500)
            break;
        after = page.last().id;
    }
    return problems;
}

QStringList ErasureService::verifySignatures(CaseFile& file)
{
    return ErasureService(file.db()).verifySignatures();
}

} // namespace corroborate
