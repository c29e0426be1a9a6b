/// A long list cut into pages of a fixed number of rows, so that a page weighs what a page
/// size of rows weighs, never what the whole corpus weighs. Page 1 keeps the list's own
/// address; page n lives at `<address>trang-n/`.
struct Pagination {
    /// Rows per page of every long list. A catalogue row is under 1 KB of HTML, so a page
    /// stays far below 500 KB, and 200 rows still fit a field of the sample site on one page.
    static let defaultPageSize = 200

    /// The folder name of page `number` below the list's address (`trang-2`).
    static func folderName(ofPage number: Int) -> String { "trang-\(number)" }

    /// Whether `name` has the form of a page folder (`trang-` and digits, in any case):
    /// a document may not take it, whether or not its list is long enough to need it today.
    static func isPageFolderName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        guard lowered.hasPrefix("trang-") else { return false }
        let digits = lowered.dropFirst("trang-".count)
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    /// How many page numbers the navigation shows on each side of the current one; with the
    /// first and the last it keeps the navigation short however many pages there are.
    static let neighbours = 2

    /// The list's own address, that of its first page.
    let address: String
    let itemCount: Int
    let pageSize: Int

    init(address: String, itemCount: Int, pageSize: Int = Self.defaultPageSize) {
        precondition(pageSize > 0, "a page holds at least one row")
        self.address = address
        self.itemCount = itemCount
        self.pageSize = pageSize
    }

    /// At least one: an empty list still has its page, which says it is empty.
    var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    var pageNumbers: ClosedRange<Int> { 1...pageCount }

    func address(ofPage number: Int) -> String {
        number == 1 ? address : address + Self.folderName(ofPage: number) + "/"
    }

    /// The positions of the rows page `number` shows.
    func range(ofPage number: Int) -> Range<Int> {
        let start = min(itemCount, (number - 1) * pageSize)
        return start..<min(itemCount, start + pageSize)
    }

    /// The page that shows the row at `position`.
    func page(ofItem position: Int) -> Int { position / pageSize + 1 }

    /// A page's title: the list's title, with the page number after the first page so that
    /// every page has its own title.
    func title(_ title: String, page number: Int) -> String {
        number == 1 ? title : "\(title) (trang \(number)/\(pageCount))"
    }

    /// The values the pagination partial reads for page `number`, or `NoValue` when the
    /// list fits on one page, so that short lists look as they always did.
    func view(page number: Int) -> any TemplateValue {
        guard pageCount > 1 else { return NoValue() }
        let rows = range(ofPage: number)
        func link(_ page: Int) -> any TemplateValue {
            (1...pageCount).contains(page) ? ["url": address(ofPage: page), "number": page] as TemplateNode : NoValue()
        }
        return [
            "number": number,
            "page_count": pageCount,
            "label": "Trang \(number)/\(pageCount)",
            "first_item": rows.lowerBound + 1,
            "last_item": rows.upperBound,
            "item_count": itemCount,
            "previous": link(number - 1),
            "next": link(number + 1),
            "links": shownPages(around: number).map { page -> TemplateNode in
                guard let page else { return ["gap": true] }
                return ["gap": false, "number": page, "url": address(ofPage: page), "current": page == number]
            },
        ] as TemplateNode
    }

    /// The page numbers the navigation lists: the first, the last and the neighbours of the
    /// current one, with `nil` where numbers are left out. A gap of a single page shows that
    /// page instead, since the gap marker would take as much room.
    func shownPages(around current: Int) -> [Int?] {
        let wanted = Set([1, pageCount]).union(
            max(1, current - Self.neighbours)...min(pageCount, current + Self.neighbours))
        var shown: [Int?] = []
        var previous = 0
        for page in wanted.sorted() {
            if page - previous == 2 {
                shown.append(previous + 1)
            } else if page - previous > 2 {
                shown.append(nil)
            }
            shown.append(page)
            previous = page
        }
        return shown
    }
}
