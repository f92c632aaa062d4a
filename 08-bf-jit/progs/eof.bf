End of input leaves the cell unchanged: the cell starts as A (65)
and each read either replaces it or leaves it be
++++++++[>++++++++<-]>+  cell 1 = 65
,.,.                     read and print twice
