#include "CliSupport.h"
#include "Command.h"
#include "accounts/User.h"
#include "core/Error.h"
#include "i18n/Language.h"
#include "packs/PackBuilder.h"
#include "packs/PackHtml.h"
#include "packs/PackOutput.h"
#include "sharing/PdfEncryption.h"

#include <QDate>

namespace corroborate::cli {
namespace {
struct PackText
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)
};

const QString kSynopsis = QStringLiteral(
    "pack FILE (--nominal REF ... | --due-by YYYY-MM-DD | --flagged) (--audience partner "
    "--agreement ISA-n --purpose TEXT | --audience internal --recipient TEXT --basis TEXT "
    "--purpose TEXT [--encrypt]) --out FILE.pdf [--language cy|en]");

int runPack(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal(
        QStringLiteral("nominal"),
        PackText::tr("A nominal's reference; repeat for several (printed in the order given)."),
        QStringLiteral("REF"));
    const QCommandLineOption dueBy(
        QStringLiteral("due-by"),
        PackText::tr("Every nominal whose next review is due on or before this date."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption flagged(QStringLiteral("flagged"),
                                     PackText::tr("Every nominal below the threshold today."));
    const QCommandLineOption audience(
        QStringLiteral("audience"),
        PackText::tr("internal (everything) or partner (restricted nominals and handling-code-C "
                     "details left out, interpretation notice first)."),
        QStringLiteral("AUDIENCE"));
    const QCommandLineOption recipient(
        QStringLiteral("recipient"),
        PackText::tr("Internal packs: who the pack is for (required; partner packs name the "
                     "agreement's partner)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption basis(
        QStringLiteral("basis"),
        PackText::tr("Internal packs: the lawful basis for sharing it (required; partner packs "
                     "use the agreement's)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption purpose(
        QStringLiteral("purpose"),
        PackText::tr("What it is for (required); for a partner pack, one of the purposes its "
                     "agreement lists."),
        QStringLiteral("TEXT"));
    const QCommandLineOption agreement(
        QStringLiteral("agreement"),
        PackText::tr("Partner packs: the information-sharing agreement (ISA-n) in force today "
                     "that the pack is shared under (required)."),
        QStringLiteral("ISA-n"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        PackText::tr("Internal packs: encrypt the PDF as partner packs always are (AES-256, a "
                     "new password printed once as \"Password: ...\" on standard output)."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 PackText::tr("The PDF to write; an existing file is never "
                                              "overwritten."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        PackText::tr("The pack's language: cy (Cymraeg) or en (English). Default: the language "
                     "this command runs in."),
        QStringLiteral("LANG"));
    parser.addOptions({nominal, dueBy, flagged, audience, recipient, basis, purpose, agreement,
                       encrypt, out, language});
    if (!Cli::parse(parser, args, kSynopsis,
                    PackText::tr("Writes a marked review pack as a PDF for one or more nominals, "
                                 "or for every nominal due for review or flagged, and records it "
                                 "as a disclosure with its destroy-by date. A partner pack goes "
                                 "under an information-sharing agreement in force today and one "
                                 "of its purposes, and is always encrypted: its password is "
                                 "printed once as \"Password: ...\" on standard output, after "
                                 "the pack identifier; send it by another channel. Needs the "
                                 "officer role."),
                    1))
        return 0;

    // The call's words first: nothing is opened until they are right.
    const int modes = (parser.isSet(nominal) ? 1 : 0) + (parser.isSet(dueBy) ? 1 : 0) +
                      (parser.isSet(flagged) ? 1 : 0);
    if (modes != 1)
        throw Error(ErrorKind::Usage,
                    PackText::tr("Choose the nominals with exactly one of --nominal REF, --due-by "
                                 "YYYY-MM-DD or --flagged.\nUsage: corroborate-cli %1")
                        .arg(kSynopsis));
    PackRequest request;
    const QString audienceWord = parser.value(audience).trimmed().toLower();
    if (audienceWord == u"internal")
        request.audience = PackAudience::Internal;
    else if (audienceWord == u"partner")
        request.audience = PackAudience::Partner;
    else
        throw Error(ErrorKind::Usage, PackText::tr("--audience must be internal or partner."));
    const bool partner = request.audience == PackAudience::Partner;
    if (partner && !parser.isSet(agreement))
        throw Error(ErrorKind::NotPermitted,
                    PackText::tr("A partner pack may be shared only under an information-sharing "
                                 "agreement in force today: name one with --agreement ISA-n "
                                 "(`agreement list` shows them; an administrator records "
                                 "them). Its recipient and lawful basis come from the "
                                 "agreement. Nothing was written."));
    if (partner && (parser.isSet(recipient) || parser.isSet(basis)))
        throw Error(ErrorKind::Usage,
                    PackText::tr("A partner pack takes its recipient and lawful basis from its "
                                 "agreement: leave out --recipient and --basis."));
    if (!partner && parser.isSet(agreement))
        throw Error(ErrorKind::Usage, PackText::tr("--agreement is for partner packs only."));
    if (partner && parser.isSet(encrypt))
        Cli::err() << PackText::tr("Partner packs are always encrypted; --encrypt is not "
                                   "needed.")
                   << "\n";
    request.recipient = parser.value(recipient);
    request.lawfulBasis = parser.value(basis);
    request.purpose = parser.value(purpose);
    request.agreement = parser.value(agreement);
    if (parser.isSet(language)) {
        request.language = i18n::normalise(parser.value(language));
        if (request.language.isEmpty())
            throw Error(ErrorKind::Usage, PackText::tr("--language must be cy or en, not \"%1\".")
                                              .arg(parser.value(language)));
    }
    PackBuilder::validate(request);
    const QString outPath = parser.value(out);
    if (outPath.trimmed().isEmpty())
        throw Error(ErrorKind::Usage, PackText::tr("--out FILE.pdf is required."));
    QDate dueDate;
    if (parser.isSet(dueBy)) {
        dueDate = QDate::fromString(parser.value(dueBy), Qt::ISODate);
        if (!dueDate.isValid())
            throw Error(ErrorKind::Usage,
                        PackText::tr("--due-by must be a date written YYYY-MM-DD, not \"%1\".")
                            .arg(parser.value(dueBy)));
    }
    PackOutput::checkNewPath(outPath);

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    PackBuilder builder(*file);
    // The agreement is checked before signing in, so that a refused pack leaves the file
    // exactly as it was (reads only).
    builder.agreementFor(request);
    const User user = Cli::signIn(*file, Role::Officer);
    if (parser.isSet(nominal))
        request.references = parser.values(nominal);
    else if (parser.isSet(dueBy))
        request.references = builder.referencesDueBy(dueDate);
    else
        request.references = builder.referencesFlagged();
    if (request.references.isEmpty())
        throw Error(ErrorKind::InvalidData,
                    parser.isSet(flagged)
                        ? PackText::tr("No nominal is below the threshold; no pack was written.")
                        : PackText::tr("No nominal is due for review on or before %1; no pack "
                                       "was written.")
                              .arg(dueDate.toString(Qt::ISODate)));

    const PackContent content = builder.build(request, user);
    std::optional<Secret> password;
    if (partner || parser.isSet(encrypt))
        password = PdfEncryption::newPassword();
    const PackOutput::Written written =
        PackOutput::writePdf(*file, content, outPath, {}, nullptr, password ? &*password : nullptr);
    Cli::out() << content.identifier << "\n";
    if (password) {
        // Shown once, here, never stored or logged: to be sent by another channel.
        Cli::out() << "Password: " << QString::fromUtf8(password->data(), password->size()) << "\n";
        password->wipe();
    }
    Cli::out().flush();
    Cli::err() << PackText::tr("Wrote %1 (%2, %n page(s)) to %3", nullptr, written.pages)
                      .arg(content.identifier, PackHtml::audienceLabel(content.audience), outPath)
               << "\n"
               << PackText::tr("%n nominal(s) included", nullptr,
                               static_cast<int>(content.nominals.size()));
    if (content.withheldCount > 0)
        Cli::err() << "; "
                   << PackText::tr("%n restricted nominal(s) withheld", nullptr,
                                   content.withheldCount);
    Cli::err() << "; " << PackText::tr("recorded as disclosure %1.").arg(written.disclosureId)
               << "\n"
               << PackText::tr("Destroy by %1.").arg(content.destroyBy.toString(Qt::ISODate));
    if (password)
        Cli::err() << " "
                   << PackText::tr("The PDF is encrypted (AES-256): send the password by "
                                   "another channel than the file.");
    Cli::err() << "\n";
    Cli::err().flush();
    return 0;
}

} // namespace

void addPackCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("pack"), kSynopsis,
                  QStringLiteral("Write a marked review pack (PDF) and "
                                 "record it as a disclosure."),
                  true, runPack});
}

} // namespace corroborate::cli
