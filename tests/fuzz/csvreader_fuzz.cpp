// libFuzzer target for CsvReader: any bytes must give rows or a clear error, never a crash,
// a hang or a row that breaks the reader's own limits. Built with -DGRABDESK_FUZZ=ON and clang
// (see README, "Fuzzing the CSV reader").
#include "base/csvreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what, const grab::CsvRow &row)
{
    std::fprintf(stderr, "broken invariant: %s (line %lld, %lld cells, problem column %d)\n", what, static_cast<long long>(row.line),
                 static_cast<long long>(row.fields.size()), row.problemColumn);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    grab::CsvReader::Options options;
    options.maxFieldChars = 512; // small limits, so that the fuzzer reaches them
    options.maxFieldsPerRow = 64;
    grab::CsvReader reader(&buffer, options);
    if (!reader.open()) {
        return 0;
    }
    grab::CsvRow row;
    qint64 lastLine = 0;
    while (reader.next(row)) {
        if (row.line < lastLine || row.fields.isEmpty() || row.fields.size() > options.maxFieldsPerRow + 1) {
            broken("line order or cell count", row);
        }
        for (const QString &f : row.fields) {
            if (f.size() > options.maxFieldChars) {
                broken("a cell over the limit", row);
            }
        }
        if (!row.problem.isEmpty() && (row.problemColumn < 1 || row.problemColumn > row.fields.size())) {
            broken("the problem's column", row);
        }
        lastLine = row.line;
    }
    return 0;
}
