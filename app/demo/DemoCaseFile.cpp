#include "DemoCaseFile.h"

#include "DemoGenerator.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "store/BulkLoader.h"
#include "store/CaseFile.h"
#include "workflow/CaseFileCreation.h"

#include <QFile>

namespace corroborate {

void DemoCaseFile::load(Database& db, int nominals, quint64 seed, const QString& username,
                        const std::function<void(int, int)>& progress)
{
    DemoGenerator generator(seed, Time::today());
    Transaction tx(db);
    BulkLoader loader(db, username);
    for (int i = 1; i <= nominals; ++i) {
        const NominalRecord record = generator.next(i);
        const qint64 id = loader.add(record);
        if (record.nominal.lastReviewedOn.isValid())
            loader.addReview(id, record.nominal.lastReviewedOn, username, 1);
        if (progress && (i % 10000 == 0 || i == nominals))
            progress(i, nominals);
    }
    tx.commit();
}

void DemoCaseFile::create(const DemoOptions& options)
{
    if (options.nominals < 0 || options.nominals > 5'000'000)
        throw Error(ErrorKind::Usage, tr("The number of nominals must be 0 to 5,000,000."));
    // Built whole under a temporary name and renamed into place: an interrupted demo leaves
    // nothing at the path.
    CaseFileCreation::Request request;
    request.path = options.path;
    request.passphrase = options.passphrase;
    request.accounts = {
        {options.first.username, options.first.displayName, options.first.password, Roles::all()},
        {options.second.username, options.second.displayName, options.second.password,
         Roles().add(Role::Officer).add(Role::Supervisor)}};
    request.synthetic = true;
    request.fill = [&options](CaseFile& file) {
        Database& db = file.db();
        // A new file: no write-ahead log during the load, back to WAL afterwards.
        BulkLoader::beginFreshFileLoad(db);
        load(db, options.nominals, options.seed, options.first.username, options.progress);
        {
            Transaction tx(db);
            AuditLog(db).append(options.first.username, AuditAction::Collection,
                                QStringLiteral("case_file"), QStringLiteral("synthetic demo data"),
                                QStringLiteral("generated %1 synthetic nominals (seed %2)")
                                    .arg(options.nominals)
                                    .arg(options.seed));
            tx.commit();
        }
        BulkLoader::endFreshFileLoad(db);
    };
    CaseFileCreation::create(request);
}

} // namespace corroborate
