Scanning: lay out a row of 200 nonzero cells and scan right to its end and
back 20 x 255 x 255 times

>>>>>>++++++++++[<++++++++++++++++++++>-]<   cell 5 = 200
[[->+<]+>-]              cells 5 to 204 = 1 and the pointer on cell 205
<[<]                     back to cell 4 (zero: the row's left wall)
<<<<++++[>+++++<-]>      cell 1 = 20
[
  >-[                    cell 2 = 255
    >-[                  cell 3 = 255
      >>[>]<[<]          scan right to cell 205 and back to cell 4
      <-
    ]<-
  ]<-
]
>>>>+.                   print cell 5 plus 1 (2)
