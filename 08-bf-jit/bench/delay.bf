A delay loop nest: each counter sets the counter inside it to a constant
and the innermost body sets a cell to 100 then clears it and counts down:
200 x 250 x 250 passes of that body; then it prints a newline

++++++++++[>++++++++++++++++++++<-]>    cell 1 = 200
[
  >[-]------                            cell 2 = 250
  [
    >[-]------                          cell 3 = 250
    [
      >[-]++++++++++++++++++++++++++++++++++++++++++++++++++
      ++++++++++++++++++++++++++++++++++++++++++++++++++    cell 4 = 100
      [-]<-                                                  then 0
    ]<-
  ]<-
]
++++++++++.                             cell 1 is 0: print 10 (a newline)
