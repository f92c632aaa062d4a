Nested loops: three rows of four stars
++++++[>+++++++<-]>      cell 1 = 42 (a star)
>++++++++++              cell 2 = 10 (newline)
<<+++                    cell 0 = 3 rows
[
  >>>++++                cell 3 = 4 stars
  [<<.>>-]               print a star four times
  <.                     newline
  <<-
]
