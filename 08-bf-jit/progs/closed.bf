Closed loops: each loop here runs a number of passes the optimiser can
count so it becomes its effect; the checks run it with and without that

A delay nest: the outer counter sets the inner one to 10 and the inner
body sets a cell to 100 then clears it (a dead store) and counts down
so that all that is left of the nest is three clears
++++++++++[>[-]++++++++++[>[-]++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++[-]<-]<-]
>>>
A counter that wraps: 5 counted up by 1 runs 251 passes; each adds 2 to
the next cell (502 mod 256 is 246) and sets the one after it to 3
+++++[>++>[-]+++<<+]
246 minus 180 is 66 (B)
>------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------.
then 3 and a newline
>.[-]++++++++++.[-]<<<
An odd step of 3 on a counter read from input (x is 120): 120 times the
inverse of 3 mod 256 (171) is 40 passes; each adds 1 to the next cell
and clears the one after it
,[>+>[-]<<---]
40 plus 25 is 65 (A) then 0 and a newline
>+++++++++++++++++++++++++.>.[-]++++++++++.
