result:solve["hello, world";13];
show result;
