A long walk: a row of 250 cells holding 1 between two zero walls; each
round walks right adding 2 to every cell and back taking 2 away (loops that
move as they go: neither a scan nor a loop that can be closed); 20 x 250 x
255 rounds; then it prints the row's first cell (1)

Cells: 0 1 2 counters; 3 the left wall; 4 to 253 the row; 254 the right wall
>>>>[-]------                           cell 4 = 250
[[->+<]+>-]                             cells 4 to 253 = 1; the pointer on cell 254
<[<]<                                   back over the row to cell 2
<<++++++++++++++++++++                  cell 0 = 20
[
  >[-]------                            cell 1 = 250
  [
    >[-]-                               cell 2 = 255
    [
      >>[++>]                           walk right to the wall adding 2
      <[--<]                            and back to the left wall taking 2
      <-
    ]<-
  ]<-
]
>>>>.                                   print cell 4
