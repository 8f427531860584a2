result:solve[enlist 4;4];
show result;
