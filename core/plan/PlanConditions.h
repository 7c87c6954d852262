#pragma once

#include <QString>
#include <QStringList>

namespace sonde {

// Reads the columns a plan condition ("Filter", "Index Cond", "Join Filter") compares, as
// EXPLAIN prints them: "((status)::text = 'pending'::text)" → status;
// "(lower((email)::text) = 'a@b'::text)" → lower(email). Columns compared for equality come
// first (an index should lead with them), then ranges and patterns; each appears once.
// Table aliases are dropped ("d.project_id" → project_id).
QStringList conditionColumns(const QString &condition);

// "project_id", "(status, created_at)": how a finding names an index on these columns.
QString indexColumnsText(const QStringList &columns);

} // namespace sonde
