#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableWidget>
#include <QWizardPage>
#include <functional>

namespace corroborate::ui {

class ImportWizard;

// A page whose completeness and transitions the wizard decides.
class ImportWizardPage : public QWizardPage
{
public:
    ImportWizardPage(ImportWizard& wizard, QString title, QString subTitle)
        : m_wizard(wizard)
    {
        setTitle(title);
        setSubTitle(subTitle);
    }
    std::function<void()> onEnter;
    std::function<bool()> onLeave;
    std::function<bool()> complete;
    std::function<void()> onBack;
    void cleanupPage() override
    {
        if (onBack)
            onBack();
        QWizardPage::cleanupPage();
    }
    void initializePage() override
    {
        if (onEnter)
            onEnter();
    }
    bool validatePage() override { return onLeave ? onLeave() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }

protected:
    ImportWizard& m_wizard;
};

// A read-only table for a page.
inline QTableWidget* importTable(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace corroborate::ui
