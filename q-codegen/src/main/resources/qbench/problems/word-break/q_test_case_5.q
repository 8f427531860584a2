result:solve["abc";("ab";"bc")];
show result;
