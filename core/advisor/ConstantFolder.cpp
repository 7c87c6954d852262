#include "ConstantFolder.h"

#include "ConstantFoldWalker.h"
#include "ParameterText.h"
#include "ParseTree.h"

using namespace Qt::StringLiterals;

namespace sonde {

FoldedStatement ConstantFolder::fold(const QString &sql, const SampleValue &samples) const
{
    FoldedStatement out;
    out.sql = sql;
    const ParseTree tree = ParseTree::parse(sql);
    if (!tree.ok || tree.statements.size() != 1)
        return out;
    ConstantFoldWalker walker(sql.toUtf8(), m_catalog, samples);
    walker.run(tree.firstStatement());
    if (walker.edits().isEmpty())
        return out;
    const QString edited = walker.apply();
    // The folded parameters took numbers after the highest: close the gaps the folded ones
    // left (PREPARE cannot type a parameter the statement does not use).
    const QString renumbered = ParameterText::substitute(edited, {});
    if (!ParseTree::parse(renumbered).ok)
        return out;
    out.sql = renumbered;
    out.changed = true;
    out.notes = walker.notes();
    return out;
}

} // namespace sonde
