result:solve[1 3 4;6];
show result;
