#pragma once

#include "services/context.h"
#include "services/import/importreport.h"

#include <QIODevice>

namespace grab {

// Writes grabbers, customers, the open orders or feedback as CSV in exactly the columns the
// importer reads (HeaderMap::exportColumns), so that export -> import into a fresh database
// -> export gives the same bytes. Orders are the open pool (imports publish open orders only);
// times are ISO 8601 in the team's time zone, amounts yuan with two decimals, lists joined by ;.
class ExportService final
{
public:
    explicit ExportService(Context ctx) : m_ctx(std::move(ctx)) {}

    // Returns the number of rows written (the header not counted).
    Result<qint64> write(ImportEntity entity, QIODevice *out, bool bom = true);

private:
    Context m_ctx;
};

} // namespace grab
