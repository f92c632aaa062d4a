Prints H and a newline and then steps left of cell 0
++++++++[>+++++++++<-]>.     cell 1 = 72 (H)
>++++++++++.                 cell 2 = 10 (newline)
<<<+                         cell minus 1: off the tape
