Every loop pattern the optimiser knows
++++++++[>++++++++<-]>+.     multiply: cell 1 = 8 x 8 plus 1 = 65 (A)
[->+>+<<]>.>+.               copy: cells 2 and 3 = 65 then print A and B
[-]++++++++++.               clear cell 3 then 10 (newline)
>>>>>>+++++[<+++++++++++++>-]<+    cell 8 = 66 (B)
[->+>+>+<<<]>+>++>+++        cells 9 to 11 = C D E (and cell 8 = 0)
<<[<]>                       scan left to cell 8 then step onto C
[>]                          scan right to cell 12 (zero)
<<<[.>]                      print C D E
<<<<<<<<<<<<-                cell 0 = 255
[--->+<]>.                   odd step: 255 / 3 = 85 passes: cell 1 = 85 (U)
