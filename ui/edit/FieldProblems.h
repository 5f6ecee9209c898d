#pragma once

#include <QLabel>
#include <QMap>
#include <QString>

namespace corroborate::ui {

// Shows validation messages in the labels beside their fields, in the palette's warning
// colour, and tells whether any field has a problem.
class FieldProblems
{
public:
    void add(const QString& field, QLabel* label);
    // Shows `problems` (field name → message); clears the others. Returns true when none.
    bool show(const QMap<QString, QString>& problems);

private:
    QMap<QString, QLabel*> m_labels;
};

} // namespace corroborate::ui
