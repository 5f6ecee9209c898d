#include "ImportWizard.h"

#include "ImportWizardPage.h"
#include "core/Dialogs.h"
#include "data/DataWorker.h"
#include "main/MainWindow.h"

#include <QFile>
#include <QLineEdit>

namespace corroborate::ui {

ImportWizard::ImportWizard(MainWindow& window, QWidget* parent)
    : QWizard(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(1000, 680);
    setPage(FilePage, makeFilePage());
    setPage(FormatPage, makeFormatPage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(ValuesPage, makeValuesPage());
    setPage(ProblemsPage, makeProblemsPage());
    setPage(ImportPage, makeImportPage());
}

ImportWizard::~ImportWizard()
{
    for (const auto& sink : {m_sink, m_checkSink})
        if (sink)
            sink->detach();
    for (const auto& cancel : {m_cancel, m_checkCancel})
        if (cancel)
            cancel->store(true);
}

QString ImportWizard::filePath() const
{
    return fileEdit->text().trimmed();
}

void ImportWizard::setFilePath(const QString& path)
{
    fileEdit->setText(path);
}

bool ImportWizard::saveMapping(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_mapping.toJson()) < 0 ||
        !f.flush()) {
        m_window.dialogs().warning(
            this, tr("Save the mapping"),
            tr("Cannot write %1 (%2). Choose another place.").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace corroborate::ui
