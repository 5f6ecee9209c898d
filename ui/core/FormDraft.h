#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace corroborate::ui {

// The values of a form's fields by object name (line edits, text edits, combo boxes, date
// edits, spin boxes, check and radio buttons), to keep unsaved work as a draft in the case
// file and to put it back exactly. Password fields are never read.
class FormDraft
{
public:
    static QJsonObject capture(const QWidget* form);
    static void restore(QWidget* form, const QJsonObject& values);
    // "Surname: yours “Smith”, saved “Smyth”" for each field where the two differ, named by
    // its label.
    static QStringList differences(const QWidget* form, const QJsonObject& mine,
                                   const QJsonObject& saved);
};

} // namespace corroborate::ui
