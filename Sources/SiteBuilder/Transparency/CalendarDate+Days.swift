extension CalendarDate {
    /// Days since 1 March of year 0 (proleptic Gregorian): the difference of two is the days
    /// between them.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }
}
