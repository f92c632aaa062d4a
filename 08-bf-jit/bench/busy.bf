A busy loop nest: each pass of the inner loop adds constants to two cells
and counts down; then it moves one cell into another (a multiply loop)
whose target it clears right after (a dead store) and clears two more
cells; the loops around it set its counter to 255 each time: 100 x 250 x
255 inner passes; then it prints the two sums

Cells: 0 1 2 counters; 3 4 sums; 5 a source; 6 its target; 7 8 cleared
++++++++++[>++++++++++<-]>[<+>-]<       cell 0 = 100
[
  >[-]------                            cell 1 = 250
  [
    >>>>[-]+++++<<<                     cell 5 = 5
    [-]-                                cell 2 = 255
    [
      >+++>++                           cell 3 plus 3 and cell 4 plus 2
      <<-                               cell 2 minus 1
      >>>[->+<]                         cell 5 into cell 6
      >[-]                              cell 6 cleared right after
      >[-]>[-]                          cells 7 and 8 cleared
      <<<<<<                            back to cell 2
    ]<-
  ]<-
]
>>>.>.                                  print cells 3 and 4
